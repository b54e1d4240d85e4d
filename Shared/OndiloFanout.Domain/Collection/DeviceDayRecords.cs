namespace OndiloFanout.Domain.Collection;

/// <summary>The records of one pool on one UTC day, written to the sink together.</summary>
public sealed record DeviceDayRecords
{
    public required long PoolId { get; init; }
    public required DateOnly Day { get; init; }
    public required IReadOnlyList<MeasureRecord> Records { get; init; }
}
