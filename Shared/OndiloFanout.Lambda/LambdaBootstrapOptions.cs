namespace OndiloFanout.Lambda;

/// <summary>How <see cref="LambdaBootstrap"/> runs; the defaults are the real process.</summary>
public sealed record LambdaBootstrapOptions
{
    /// <summary>How long before the deadline the handler's token fires, leaving time to report; default 1.5 s.</summary>
    public TimeSpan SafetyMargin { get; init; } = TimeSpan.FromSeconds(1.5);

    /// <summary>Default: the process environment.</summary>
    public ILambdaEnvironment Environment { get; init; } = new ProcessLambdaEnvironment();

    /// <summary>
    /// Default null: the process clock of <see cref="Configuration.ProcessClock.FromSetting"/> (the system clock unless a
    /// test set <see cref="Configuration.SettingNames.ClockStart"/>).
    /// </summary>
    public TimeProvider? TimeProvider { get; init; }

    /// <summary>Where logs and metrics go; default standard output, which Lambda ships to CloudWatch Logs.</summary>
    public TextWriter Output { get; init; } = Console.Out;
}
