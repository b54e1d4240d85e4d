using System.Text;
using System.Text.Json;
using OndiloFanout.Contracts;
using OndiloFanout.Domain.Collection;
using OndiloFanout.Domain.Pools;
using Xunit;

namespace OndiloFanout.Tests.Domain.Collection;

public sealed class PoolSnapshotLayoutTests
{
    private static readonly DateTimeOffset TakenAt = new(2026, 11, 25, 2, 30, 5, TimeSpan.Zero);

    private static PoolSnapshot Snapshot(OndiloPoolConfiguration? configuration) => new()
    {
        RunId = "20261125T023005Z-abc123",
        TakenAt = TakenAt,
        Pools =
        [
            PoolSnapshotLayout.RecordOf(new OndiloPool { Id = 234, Name = "John's Pool", Type = "outdoor_inground_pool", DisinfectionPrimary = "chlorine", UpdatedAt = new DateTimeOffset(2019, 11, 27, 23, 0, 21, TimeSpan.Zero) }, configuration, "20261125T023005Z-abc123", TakenAt),
            PoolSnapshotLayout.RecordOf(new OndiloPool { Id = 7, Name = "Pool 2" }, null, "20261125T023005Z-abc123", TakenAt),
        ],
    };

    [Fact]
    public void KeyOf_Snapshot_IsUnderPoolsByDateAndRunId() =>
        Assert.Equal("pools/snapshotdate=2026-11-25/pools-20261125T023005Z-abc123.jsonl", LakeLayout.PoolSnapshotKey(Snapshot(null).TakenAt, Snapshot(null).RunId));

    [Fact]
    public void ToJsonLines_PoolNameWithApostrophe_WrittenAsText() =>
        Assert.Contains("\"poolName\":\"John's Pool\"", Encoding.UTF8.GetString(PoolSnapshotLayout.ToJsonLines(Snapshot(null))), StringComparison.Ordinal);

    [Fact]
    public void ToJsonLines_WithThresholds_WritesOneFlatObjectPerPool()
    {
        var lines = Encoding.UTF8.GetString(PoolSnapshotLayout.ToJsonLines(Snapshot(new OndiloPoolConfiguration { PhLow = 7.6, PhHigh = 8.5 }))).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(2, lines.Length);
        using var first = JsonDocument.Parse(lines[0]);
        Assert.Equal("234", first.RootElement.GetProperty("deviceId").GetString());
        Assert.Equal("chlorine", first.RootElement.GetProperty("disinfection").GetString());
        Assert.Equal("2019-11-27T23:00:21Z", first.RootElement.GetProperty("poolUpdatedAt").GetString());
        Assert.Equal("2026-11-25T02:30:05Z", first.RootElement.GetProperty("snapshotTime").GetString());
        Assert.Equal(7.6, first.RootElement.GetProperty("phLow").GetDouble());
        Assert.Equal(JsonValueKind.Null, first.RootElement.GetProperty("orpLow").ValueKind);
        using var second = JsonDocument.Parse(lines[1]);
        Assert.Equal(JsonValueKind.Null, second.RootElement.GetProperty("phLow").ValueKind);
    }

    [Fact]
    public void IsConfigurationDay_AnyPool_IsExactlyOneDayInSeven()
    {
        var week = Enumerable.Range(0, 7).Select(i => new DateOnly(2026, 11, 23).AddDays(i)).ToArray();

        foreach (var poolId in new long[] { 1, 234, 999_999_937, 6 })
        {
            Assert.Single(week, day => PoolSnapshotLayout.IsConfigurationDay(poolId, day));
        }
    }
}
