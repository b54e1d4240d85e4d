using OndiloFanout.Domain.Collection;
using OndiloFanout.Domain.Pools;
using OndiloFanout.Local;
using OndiloFanout.Tests.TestDoubles;
using Xunit;

namespace OndiloFanout.Tests.Local;

public sealed class LocalPoolSnapshotSinkTests : IDisposable
{
    private readonly LocalTempFolder _folder = new();

    [Fact]
    public async Task WriteAsync_Snapshot_LandsAtTheS3KeyAndStaysOutOfTheMeasures()
    {
        var at = new DateTimeOffset(2026, 11, 25, 2, 30, 0, TimeSpan.Zero);
        var snapshot = new PoolSnapshot { RunId = "r1", TakenAt = at, Pools = [PoolSnapshotLayout.RecordOf(new OndiloPool { Id = 1, Name = "P" }, null, "r1", at)] };

        await new LocalPoolSnapshotSink(_folder.Path).WriteAsync(snapshot, CancellationToken.None);

        Assert.Equal(["pools/snapshotdate=2026-11-25/pools-r1.jsonl"], _folder.AllFiles());
        Assert.Equal(PoolSnapshotLayout.ToJsonLines(snapshot), await File.ReadAllBytesAsync(_folder.Combine("pools", "snapshotdate=2026-11-25", "pools-r1.jsonl")));
        Assert.Empty(LocalLake.ListFiles(_folder.Path));
    }

    public void Dispose() => _folder.Dispose();
}
