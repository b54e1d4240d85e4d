using System.Globalization;
using OndiloFanout.Domain.Collection;

namespace OndiloFanout.Tests.TestDoubles;

/// <summary>Lake records for report tests, built like the fetcher's (deterministic record id from pool, type and time).</summary>
internal static class ReportRecords
{
    public static MeasureRecord Measure(long poolId, string type, DateTimeOffset time, double? value, bool isValid = true, string? poolName = "Pool A", string? reason = null)
    {
        var utc = time.UtcDateTime;
        return new MeasureRecord
        {
            DeviceId = poolId.ToString(CultureInfo.InvariantCulture),
            PoolId = poolId,
            PoolName = poolName,
            Type = type,
            Value = value,
            Unit = type == "orp" ? "mV" : null,
            ValueTime = utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            IsValid = isValid,
            ExclusionReason = reason,
            Year = utc.ToString("yyyy", CultureInfo.InvariantCulture),
            Month = utc.ToString("MM", CultureInfo.InvariantCulture),
            Day = utc.ToString("dd", CultureInfo.InvariantCulture),
            RecordId = string.Create(CultureInfo.InvariantCulture, $"{poolId}-{type}-{utc:yyyyMMdd'T'HHmmss'Z'}"),
            CollectedAt = "2026-11-25T03:00:00Z",
            Source = "ondilo:month",
        };
    }

    /// <summary>One measure per hour at minute 5 from <paramref name="from"/>, values 1, 2, 3, ...</summary>
    public static IEnumerable<MeasureRecord> Hourly(long poolId, string type, DateTimeOffset from, int hours) =>
        Enumerable.Range(0, hours).Select(hour => Measure(poolId, type, from.AddHours(hour).AddMinutes(5), hour + 1));
}
