namespace OndiloFanout.Cli.Report;

/// <summary>A measure the ICO flagged invalid (<c>isValid:false</c>): drawn as a marker, kept off the line.</summary>
internal sealed record InvalidMeasure(DateTimeOffset Time, double? Value, string? Reason);
