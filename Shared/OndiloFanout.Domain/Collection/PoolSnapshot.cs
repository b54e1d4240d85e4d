namespace OndiloFanout.Domain.Collection;

/// <summary>The pools one scheduler run listed, written as one JSON Lines object (see <see cref="PoolSnapshotLayout"/>).</summary>
public sealed record PoolSnapshot
{
    public required string RunId { get; init; }
    public required DateTimeOffset TakenAt { get; init; }
    public required IReadOnlyList<PoolSnapshotRecord> Pools { get; init; }
}
