using System.Globalization;
using OndiloFanout.Domain.Pools;

namespace OndiloFanout.Domain.Collection;

/// <summary>Turns API measures into lake records.</summary>
public static class RecordFactory
{
    private const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss'Z'";

    /// <summary>
    /// The deterministic id of a measure: pool, type and measure time, e.g. <c>234-ph-20261124T130412Z</c>.
    /// The same measure read twice gets the same id, so a rare duplicate can be dropped downstream.
    /// </summary>
    public static string RecordIdOf(long poolId, string type, DateTimeOffset valueTime) =>
        string.Create(CultureInfo.InvariantCulture, $"{poolId}-{type}-{valueTime.UtcDateTime:yyyyMMdd'T'HHmmss'Z'}");

    public static MeasureRecord Create(long poolId, string? poolName, OndiloMeasure measure, MeasurePeriod source, DateTimeOffset collectedAt)
    {
        ArgumentNullException.ThrowIfNull(measure);
        var day = UtcDay.Of(measure.ValueTime);
        return new MeasureRecord
        {
            DeviceId = PartitionKey.DeviceIdOf(poolId),
            PoolId = poolId,
            PoolName = poolName,
            Type = measure.DataType,
            Value = measure.Value,
            Unit = MeasureType.UnitOf(measure.DataType),
            ValueTime = measure.ValueTime.UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture),
            IsValid = measure.IsValid,
            ExclusionReason = measure.ExclusionReason,
            Year = PartitionKey.YearOf(day),
            Month = PartitionKey.MonthOf(day),
            Day = PartitionKey.DayOf(day),
            RecordId = RecordIdOf(poolId, measure.DataType, measure.ValueTime),
            CollectedAt = collectedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
            Source = "ondilo:" + source.ToQueryValue(),
        };
    }
}
