using System.Globalization;

namespace OndiloFanout.Domain.Collection;

/// <summary>The values of the lake's partition keys, as every record carries them (Firehose partitions by them).</summary>
public static class PartitionKey
{
    public static string DeviceIdOf(long poolId) => poolId.ToString(CultureInfo.InvariantCulture);

    public static string YearOf(DateOnly day) => day.Year.ToString("D4", CultureInfo.InvariantCulture);

    public static string MonthOf(DateOnly day) => day.Month.ToString("D2", CultureInfo.InvariantCulture);

    public static string DayOf(DateOnly day) => day.Day.ToString("D2", CultureInfo.InvariantCulture);
}
