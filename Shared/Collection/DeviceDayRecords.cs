namespace OndiloFanout.Collection;

/// <summary>The records of one pool on one UTC day, written to the sink together.</summary>
public sealed record DeviceDayRecords
{
    public required long PoolId { get; init; }
    public required DateOnly Day { get; init; }
    public required IReadOnlyList<MeasureRecord> Records { get; init; }

    /// <summary>The lake path of the day, without bucket or prefix: <c>deviceId=12/year=2026/month=11/day=24/</c>.</summary>
    public string PartitionPath => PartitionKey.PathOf(PoolId, Day);
}
