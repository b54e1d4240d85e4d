namespace OndiloFanout.Cli.Report;

/// <summary>One valid measure with a value, as drawn on a chart's line.</summary>
internal readonly record struct ChartPoint(DateTimeOffset Time, double Value);
