using OndiloFanout.Domain.Collection;

namespace OndiloFanout.Domain.Ports;

/// <summary>Stores the pools a scheduler run listed, as the lake's second table (see <see cref="PoolSnapshotLayout"/>), next to the measures.</summary>
public interface IPoolSnapshotSink
{
    /// <summary>Writes the snapshot whole, keyed by its date and run id; a rerun of the same run id replaces it.</summary>
    Task WriteAsync(PoolSnapshot snapshot, CancellationToken cancellationToken);
}
