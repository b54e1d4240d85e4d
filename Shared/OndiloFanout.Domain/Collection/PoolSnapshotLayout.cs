using System.Globalization;
using OndiloFanout.Domain.Pools;

namespace OndiloFanout.Domain.Collection;

/// <summary>What a pool snapshot holds and how it is written: one JSON object per pool, partitioned by date.</summary>
public static class PoolSnapshotLayout
{
    /// <summary>One JSON object per pool and line.</summary>
    public static byte[] ToJsonLines(PoolSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return LakeJsonLines.Lines(snapshot.Pools);
    }

    /// <summary>The snapshot line of <paramref name="pool"/>, with its thresholds when <paramref name="configuration"/> was read.</summary>
    public static PoolSnapshotRecord RecordOf(OndiloPool pool, OndiloPoolConfiguration? configuration, string runId, DateTimeOffset takenAt)
    {
        ArgumentNullException.ThrowIfNull(pool);
        return new PoolSnapshotRecord
        {
            DeviceId = PartitionKey.DeviceIdOf(pool.Id),
            PoolId = pool.Id,
            PoolName = pool.Name,
            PoolType = pool.Type,
            Disinfection = pool.DisinfectionPrimary,
            PoolUpdatedAt = pool.UpdatedAt is { } at ? Iso(at) : null,
            TemperatureLow = configuration?.TemperatureLow,
            TemperatureHigh = configuration?.TemperatureHigh,
            PhLow = configuration?.PhLow,
            PhHigh = configuration?.PhHigh,
            OrpLow = configuration?.OrpLow,
            OrpHigh = configuration?.OrpHigh,
            SaltLow = configuration?.SaltLow,
            SaltHigh = configuration?.SaltHigh,
            TdsLow = configuration?.TdsLow,
            TdsHigh = configuration?.TdsHigh,
            SnapshotTime = Iso(takenAt),
            RunId = runId,
        };
    }

    /// <summary>
    /// True on the one day of each week when a pool's configuration is read (when enabled): spread over the week by
    /// pool id, so the cost is at most one API call per pool per week with no state to keep.
    /// </summary>
    public static bool IsConfigurationDay(long poolId, DateOnly day) => (day.DayNumber + (poolId % 7) + 7) % 7 == 0;

    private static string Iso(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
