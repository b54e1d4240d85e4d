using OndiloFanout.Collection;

namespace OndiloFanout.Ports;

/// <summary>Stores the pools a scheduler run listed, as the lake's second table (see <see cref="PoolSnapshotLayout"/>).</summary>
public interface IPoolSnapshotSink
{
    /// <summary>Writes the snapshot whole, under <see cref="PoolSnapshotLayout.KeyOf"/>; a rerun of the same run id replaces it.</summary>
    Task WriteAsync(PoolSnapshot snapshot, CancellationToken cancellationToken);
}
