using OndiloFanout.Domain.Collection;
using OndiloFanout.Domain.Pools;
using OndiloFanout.Local;
using Xunit;

namespace OndiloFanout.Tests.Domain.Collection;

public sealed class RecordFactoryTests
{
    [Fact]
    public void Create_MapsTheMeasureAndPartitionsByItsUtcDay()
    {
        var measure = new OndiloMeasure { DataType = "orp", Value = 712, ValueTime = new DateTimeOffset(2026, 11, 4, 23, 59, 59, TimeSpan.Zero), IsValid = false, ExclusionReason = "calibration" };

        var record = RecordFactory.Create(234, "John's Pool", measure, MeasurePeriod.Month, new DateTimeOffset(2026, 11, 25, 2, 31, 0, 123, TimeSpan.Zero));

        Assert.Equal("234", record.DeviceId);
        Assert.Equal(("2026", "11", "04"), (record.Year, record.Month, record.Day));
        Assert.Equal("2026-11-04T23:59:59Z", record.ValueTime);
        Assert.Equal("mV", record.Unit);
        Assert.Equal("234-orp-20261104T235959Z", record.RecordId);
        Assert.Equal("2026-11-25T02:31:00.123Z", record.CollectedAt);
        Assert.Equal("ondilo:month", record.Source);
        Assert.False(record.IsValid);
        Assert.Equal("calibration", record.ExclusionReason);
    }

    [Fact]
    public void RecordIdOf_SameMeasureInAnyOffset_IsTheSame()
    {
        var utc = new DateTimeOffset(2026, 11, 4, 10, 0, 0, TimeSpan.Zero);

        Assert.Equal(RecordFactory.RecordIdOf(1, "ph", utc), RecordFactory.RecordIdOf(1, "ph", utc.ToOffset(TimeSpan.FromHours(2))));
        Assert.NotEqual(RecordFactory.RecordIdOf(1, "ph", utc), RecordFactory.RecordIdOf(1, "orp", utc));
        Assert.NotEqual(RecordFactory.RecordIdOf(1, "ph", utc), RecordFactory.RecordIdOf(2, "ph", utc));
    }

    [Fact]
    public void PathOf_IsTheLakeLayout()
    {
        Assert.Equal("deviceId=234/year=2026/month=01/day=05/", LocalLake.PartitionOf(234, new DateOnly(2026, 1, 5)));
    }

    [Theory]
    [InlineData("salt", new[] { "temperature", "ph", "orp", "salt", "battery", "rssi" })]
    [InlineData("chlorine", new[] { "temperature", "ph", "orp", "tds", "battery", "rssi" })]
    [InlineData(null, new[] { "temperature", "ph", "orp", "tds", "battery", "rssi" })]
    public void ForPool_PicksSaltOrTds(string? primary, string[] expected)
    {
        Assert.Equal(expected, MeasureType.ForPool(primary, MeasureType.All));
    }
}
