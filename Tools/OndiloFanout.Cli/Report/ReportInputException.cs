namespace OndiloFanout.Cli.Report;

/// <summary>The report's command line or thresholds file was refused; the message names the option and the fix.</summary>
internal sealed class ReportInputException(string message, string? hint = null) : Exception(message)
{
    /// <summary>What to do instead, when the refusal has a better one than the command's help.</summary>
    public string? Hint { get; } = hint;
}
