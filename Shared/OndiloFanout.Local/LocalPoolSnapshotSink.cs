using OndiloFanout.Contracts;
using OndiloFanout.Domain.Collection;
using OndiloFanout.Domain.Ports;

namespace OndiloFanout.Local;

/// <summary>Writes pool snapshots into the local lake folder, at the same relative key as in S3.</summary>
internal sealed class LocalPoolSnapshotSink : IPoolSnapshotSink
{
    private readonly string _root;

    /// <summary>Writes under <paramref name="root"/>, the lake's folder.</summary>
    public LocalPoolSnapshotSink(string root)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(root);
        _root = Path.GetFullPath(root);
    }

    /// <inheritdoc />
    public Task WriteAsync(PoolSnapshot snapshot, CancellationToken cancellationToken) =>
        AtomicFile.WriteAsync(Path.Combine(_root, LakeLayout.PoolSnapshotKey(snapshot.TakenAt, snapshot.RunId)), PoolSnapshotLayout.ToJsonLines(snapshot), ownerOnly: false, cancellationToken);
}
