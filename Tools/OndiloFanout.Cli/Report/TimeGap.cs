namespace OndiloFanout.Cli.Report;

/// <summary>A stretch with no measure at all for longer than <see cref="ChartBuilder.GapThreshold"/>: the line breaks there.</summary>
internal sealed record TimeGap(DateTimeOffset From, DateTimeOffset To);
