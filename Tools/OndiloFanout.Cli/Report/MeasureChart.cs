namespace OndiloFanout.Cli.Report;

/// <summary>Everything one chart shows: one measure type of one pool over the report's range.</summary>
internal sealed record MeasureChart
{
    public required long PoolId { get; init; }
    public required string PoolName { get; init; }
    /// <summary>The API's measure type, e.g. <c>ph</c>.</summary>
    public required string Type { get; init; }
    public string? Unit { get; init; }
    /// <summary>Left edge of the time axis: the first day's midnight, UTC.</summary>
    public required DateTimeOffset Start { get; init; }
    /// <summary>Right edge of the time axis: the midnight after the last day, UTC.</summary>
    public required DateTimeOffset End { get; init; }
    /// <summary>Runs of valid measures with no gap inside; the line is drawn per segment.</summary>
    public required IReadOnlyList<IReadOnlyList<ChartPoint>> Segments { get; init; }
    public required IReadOnlyList<InvalidMeasure> Invalid { get; init; }
    public required IReadOnlyList<TimeGap> Gaps { get; init; }
    /// <summary>Valid measures whose value was null: not drawn, only counted.</summary>
    public required int NullsSkipped { get; init; }
    /// <summary>The pool's configured thresholds for this type, when known.</summary>
    public ThresholdBand? Band { get; init; }

    public int Points => Segments.Sum(segment => segment.Count);

    /// <summary>Smallest and largest drawn value (line and invalid markers), or null when nothing has a value.</summary>
    public (double Min, double Max)? ValueRange()
    {
        var values = Segments.SelectMany(segment => segment.Select(point => point.Value))
            .Concat(Invalid.Where(measure => measure.Value is not null).Select(measure => measure.Value!.Value))
            .ToList();
        return values.Count == 0 ? null : (values.Min(), values.Max());
    }
}
