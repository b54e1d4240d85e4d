namespace OndiloFanout.Cli.Report;

/// <summary>The report's command line or thresholds file was refused; the message names the option and the fix.</summary>
internal sealed class ReportInputException(string message) : Exception(message);
