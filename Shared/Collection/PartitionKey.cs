using System.Globalization;

namespace OndiloFanout.Collection;

/// <summary>The lake's partitioning, the same locally and in S3 (Firehose dynamic partitioning writes the same path).</summary>
public static class PartitionKey
{
    public static string DeviceIdOf(long poolId) => poolId.ToString(CultureInfo.InvariantCulture);

    public static string YearOf(DateOnly day) => day.Year.ToString("D4", CultureInfo.InvariantCulture);

    public static string MonthOf(DateOnly day) => day.Month.ToString("D2", CultureInfo.InvariantCulture);

    public static string DayOf(DateOnly day) => day.Day.ToString("D2", CultureInfo.InvariantCulture);

    /// <summary><c>deviceId=&lt;pool&gt;/year=YYYY/month=MM/day=DD/</c></summary>
    public static string PathOf(long poolId, DateOnly day) =>
        $"deviceId={DeviceIdOf(poolId)}/year={YearOf(day)}/month={MonthOf(day)}/day={DayOf(day)}/";
}
