using System.Globalization;
using OndiloFanout.Domain.Collection;

namespace OndiloFanout.Tests.TestDoubles;

/// <summary>Synthetic lake records of one device-day, for sink tests.</summary>
internal static class AwsMeasureRecords
{
    public static DeviceDayRecords Day(int count, int poolNameLength = 8) => new()
    {
        PoolId = 12,
        Day = new DateOnly(2026, 11, 24),
        Records = Enumerable.Range(0, count).Select(i => Record(i, poolNameLength)).ToList(),
    };

    public static MeasureRecord Record(int index, int poolNameLength = 8) => new()
    {
        DeviceId = "12",
        PoolId = 12,
        PoolName = new string('p', poolNameLength),
        Type = "temperature",
        Value = 20 + (index % 100) / 10.0,
        Unit = "°C",
        ValueTime = new DateTime(2026, 11, 24, 0, 0, 0, DateTimeKind.Utc).AddSeconds(index).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        IsValid = true,
        Year = "2026",
        Month = "11",
        Day = "24",
        RecordId = "12-temperature-" + index.ToString(CultureInfo.InvariantCulture),
        CollectedAt = "2026-11-25T03:00:00Z",
        Source = "ondilo:week",
    };
}
