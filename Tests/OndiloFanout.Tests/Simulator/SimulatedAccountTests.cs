using Ondilo.Simulator;
using Xunit;

namespace OndiloFanout.Tests.Simulator;

public sealed class SimulatedAccountTests
{
    private static readonly DateTimeOffset Day = new(2026, 3, 10, 0, 0, 0, TimeSpan.Zero);

    private static SimulatedAccount CreateSut(int seed = 1, int pools = 4) => new(seed, pools);

    [Fact]
    public void Pools_SameSeed_SameAccountAndMeasures()
    {
        var first = CreateSut();
        var second = CreateSut();

        Assert.Equal(first.Pools, second.Pools);
        var pool = first.Pools[1].Id;
        Assert.Equal(first.Measures(pool, "ph", Day, Day.AddDays(3)), second.Measures(pool, "ph", Day, Day.AddDays(3)));
    }

    [Fact]
    public void Measures_OtherSeed_OtherValues()
    {
        var first = CreateSut(seed: 1);
        var second = CreateSut(seed: 2);

        var values = first.Measures(first.Pools[0].Id, "orp", Day, Day.AddDays(1)).Select(m => m.Value);
        var others = second.Measures(second.Pools[0].Id, "orp", Day, Day.AddDays(1)).Select(m => m.Value);
        Assert.NotEqual(values, others);
    }

    [Fact]
    public void Pools_Always_UniqueRealisticIdsAlternatingSaltAndChlorine()
    {
        var sut = CreateSut(pools: 6);

        Assert.Equal(6, sut.Pools.Select(p => p.Id).Distinct().Count());
        Assert.All(sut.Pools, p => Assert.InRange(p.Id, 100, 10_000));
        Assert.Equal(["salt", "chlorine", "salt", "chlorine", "salt", "chlorine"], sut.Pools.Select(p => p.DisinfectionPrimary));
        Assert.Equal("John's Pool", sut.Pools[0].Name);
        Assert.Equal("Pool 2", sut.Pools[1].Name);
        Assert.All(sut.Pools, p => Assert.InRange(p.UploadDelay, TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(60)));
    }

    [Fact]
    public void TypesOf_SaltAndChlorinePools_SaltOrTds()
    {
        var sut = CreateSut();

        Assert.Equal(["temperature", "ph", "orp", "salt", "battery", "rssi"], sut.TypesOf(sut.Pools[0].Id));
        Assert.Equal(["temperature", "ph", "orp", "tds", "battery", "rssi"], sut.TypesOf(sut.Pools[1].Id));
    }

    [Fact]
    public void Measures_TypeThePoolDoesNotReport_Empty()
    {
        var sut = CreateSut();

        Assert.Empty(sut.Measures(sut.Pools[0].Id, "tds", Day, Day.AddDays(1)));
        Assert.Empty(sut.Measures(sut.Pools[1].Id, "salt", Day, Day.AddDays(1)));
    }

    [Fact]
    public void Measures_UnknownPool_Throws()
    {
        var sut = CreateSut();

        Assert.Throws<ArgumentException>(() => sut.Measures(1, "ph", Day, Day.AddDays(1)));
    }

    [Fact]
    public void Measures_OneDay_OnePerHourAtThePoolsMinuteAscending()
    {
        var sut = CreateSut();
        var pool = sut.Pools[2];

        var measures = sut.Measures(pool.Id, "temperature", Day, Day.AddDays(1));

        Assert.Equal(24, measures.Count);
        Assert.Equal(Enumerable.Range(0, 24), measures.Select(m => m.ValueTime.Hour));
        Assert.All(measures, m => Assert.Equal(pool.MeasureMinute, m.ValueTime.Minute));
        Assert.All(measures, m => Assert.InRange(m.ValueTime.Second, 0, 19));
        Assert.All(measures, m => Assert.Equal(TimeSpan.Zero, m.ValueTime.Offset));
    }

    [Fact]
    public void Measures_BoundsInclusiveFromExclusiveTo()
    {
        var sut = CreateSut();
        var pool = sut.Pools[0].Id;
        var time = sut.Measures(pool, "ph", Day, Day.AddDays(1))[5].ValueTime;

        Assert.Equal(time, Assert.Single(sut.Measures(pool, "ph", time, time.AddTicks(1))).ValueTime);
        Assert.Empty(sut.Measures(pool, "ph", time.AddTicks(1), time.AddMinutes(59)));
    }

    [Theory]
    [InlineData("temperature", 18, 30)]
    [InlineData("ph", 6.8, 7.8)]
    [InlineData("orp", 550, 800)]
    [InlineData("salt", 2800, 4500)]
    [InlineData("tds", 300, 1500)]
    [InlineData("battery", 20, 100)]
    [InlineData("rssi", 40, 90)]
    public void Measures_ThirtyDays_ValuesInRealisticRange(string type, double min, double max)
    {
        var sut = CreateSut();
        var pool = sut.Pools.First(p => sut.TypesOf(p.Id).Contains(type)).Id;

        var values = sut.Measures(pool, type, Day.AddDays(-30), Day).Select(m => m.Value).OfType<double>().ToArray();

        Assert.InRange(values.Length, 690, 720);
        Assert.All(values, value => Assert.InRange(value, min, max));
        Assert.True(values.Distinct().Count() > 10, "values vary");
    }

    [Fact]
    public void Measures_ManyPools_AboutOnePercentNullAndOnePercentInvalid()
    {
        var sut = CreateSut(pools: 8);
        var measures = sut.Pools
            .SelectMany(p => sut.TypesOf(p.Id).SelectMany(type => sut.Measures(p.Id, type, Day.AddDays(-30), Day)))
            .ToArray();

        var nullShare = measures.Count(m => m.Value is null) / (double)measures.Length;
        var invalid = measures.Where(m => !m.IsValid).ToArray();

        Assert.InRange(nullShare, 0.005, 0.02);
        Assert.InRange(invalid.Length / (double)measures.Length, 0.005, 0.02);
        Assert.All(invalid, m => Assert.False(string.IsNullOrEmpty(m.ExclusionReason)));
        Assert.All(measures.Where(m => m.IsValid), m => Assert.Null(m.ExclusionReason));
    }

    [Fact]
    public void Measures_Battery_SlowlyDecreasingOverADay()
    {
        var sut = CreateSut();
        var values = sut.Measures(sut.Pools[0].Id, "battery", Day.AddDays(-3), Day).Select(m => m.Value).OfType<double>().ToArray();

        var drops = values.Zip(values.Skip(1), (a, b) => b - a).Count(delta => delta < 0);
        var rises = values.Zip(values.Skip(1), (a, b) => b - a).Count(delta => delta > 1);
        Assert.True(drops >= 1 && rises <= 1, $"drops {drops}, rises {rises}");
    }
}
