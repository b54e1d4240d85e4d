using OndiloFanout.Lambda.Logging;

namespace OndiloFanout.Lambda;

/// <summary>
/// What the bootstrap hands to a function's initialization: the process seams and the logger, redactor and
/// metrics it already scopes and flushes per invocation, so the handler shares them rather than building its own.
/// </summary>
public sealed record LambdaStartup
{
    public required ILambdaEnvironment Environment { get; init; }

    public required TimeProvider TimeProvider { get; init; }

    /// <summary>The function's logger; the bootstrap sets its invocation keys before each invocation.</summary>
    public required JsonLogger Logger { get; init; }

    /// <summary>The logger's redactor; register token values on it as soon as they are loaded.</summary>
    public required SecretRedactor Redactor { get; init; }

    /// <summary>The function's metrics; the bootstrap flushes them after each invocation, failed or not.</summary>
    public required EmfMetrics Metrics { get; init; }
}
