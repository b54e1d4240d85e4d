using OndiloFanout.Cli.Report;
using OndiloFanout.Domain.Collection;
using Xunit;
using static OndiloFanout.Tests.TestDoubles.ReportRecords;

namespace OndiloFanout.Tests.Cli.Report;

public sealed class ChartBuilderTests
{
    private static readonly DateOnly Day = new(2026, 11, 20);
    private static readonly DateTimeOffset Midnight = new(2026, 11, 20, 0, 0, 0, TimeSpan.Zero);

    private static ChartRequest Request(IReadOnlyList<long>? pools = null, IReadOnlyList<string>? types = null) =>
        new() { Days = new DayRange(Day, Day), Pools = pools ?? [], Types = types ?? [] };

    [Fact]
    public void Build_HourlyMeasures_OneSegmentNoGap()
    {
        var chart = Assert.Single(ChartBuilder.Build(Hourly(1, "ph", Midnight, 24), Request()));

        Assert.Single(chart.Segments);
        Assert.Equal(24, chart.Points);
        Assert.Empty(chart.Gaps);
        Assert.Equal(Midnight, chart.Start);
        Assert.Equal(Midnight.AddDays(1), chart.End);
    }

    [Fact]
    public void Build_HoursMissing_GapSplitsTheLine()
    {
        var records = Hourly(1, "ph", Midnight, 24).Where(record => record.ValueTime is not ("2026-11-20T06:05:00Z" or "2026-11-20T07:05:00Z" or "2026-11-20T08:05:00Z"));

        var chart = Assert.Single(ChartBuilder.Build(records, Request()));

        Assert.Equal([6, 15], chart.Segments.Select(segment => segment.Count));
        var gap = Assert.Single(chart.Gaps);
        Assert.Equal(new TimeGap(Midnight.AddHours(5).AddMinutes(5), Midnight.AddHours(9).AddMinutes(5)), gap);
    }

    [Fact]
    public void Build_ExactlyTwoHoursApart_NotAGap()
    {
        var records = Hourly(1, "ph", Midnight, 24).Where(record => record.ValueTime != "2026-11-20T06:05:00Z");

        var chart = Assert.Single(ChartBuilder.Build(records, Request()));

        Assert.Single(chart.Segments);
        Assert.Empty(chart.Gaps);
    }

    [Fact]
    public void Build_NullValue_SkippedAndCountedWithoutBreakingTheLine()
    {
        var records = Hourly(1, "ph", Midnight, 3).Append(Measure(1, "ph", Midnight.AddHours(3).AddMinutes(5), null)).Concat(Hourly(1, "ph", Midnight.AddHours(4), 2));

        var chart = Assert.Single(ChartBuilder.Build(records, Request()));

        Assert.Equal(1, chart.NullsSkipped);
        Assert.Equal(5, Assert.Single(chart.Segments).Count);
    }

    [Fact]
    public void Build_InvalidMeasure_SetApartWithReasonNotOnTheLine()
    {
        var invalidAt = Midnight.AddHours(1).AddMinutes(30);
        var records = Hourly(1, "ph", Midnight, 3).Append(Measure(1, "ph", invalidAt, 99, isValid: false, reason: "sensor_out_of_water"));

        var chart = Assert.Single(ChartBuilder.Build(records, Request()));

        Assert.Equal(new InvalidMeasure(invalidAt, 99, "sensor_out_of_water"), Assert.Single(chart.Invalid));
        Assert.DoesNotContain(chart.Segments.SelectMany(segment => segment), point => point.Value == 99);
        Assert.Equal((1, 99), chart.ValueRange());
    }

    [Fact]
    public void Build_InvalidMeasureInsideLongSilence_KeepsTheSilenceFromBeingOneGap()
    {
        // The rule is "no measure at all for more than 2 h": an invalid measure is still a measure.
        var records = new[] { Measure(1, "ph", Midnight, 7), Measure(1, "ph", Midnight.AddHours(2), null, isValid: false), Measure(1, "ph", Midnight.AddHours(4), 7.1) };

        var chart = Assert.Single(ChartBuilder.Build(records, Request()));

        Assert.Empty(chart.Gaps);
        Assert.Single(chart.Segments);
    }

    [Fact]
    public void Build_RecordsOutsideTheDays_LeftOut()
    {
        var records = Hourly(1, "ph", Midnight.AddHours(-3), 30);

        var chart = Assert.Single(ChartBuilder.Build(records, Request()));

        Assert.Equal(24, chart.Points);
        Assert.All(chart.Segments[0], point => Assert.Equal(Day, DateOnly.FromDateTime(point.Time.UtcDateTime)));
    }

    [Fact]
    public void Build_DuplicateRecordIds_CountedOnce()
    {
        var records = Hourly(1, "ph", Midnight, 4).ToList();

        var chart = Assert.Single(ChartBuilder.Build(records.Concat(records), Request()));

        Assert.Equal(4, chart.Points);
    }

    [Fact]
    public void Build_SeveralPoolsAndTypes_OneChartEachOrderedByPoolNameThenApiTypeOrder()
    {
        var records = Hourly(2, "rssi", Midnight, 2).Concat(Hourly(2, "temperature", Midnight, 2))
            .Concat(Hourly(1, "orp", Midnight, 2).Select(record => record with { PoolName = "Zed" }))
            .Concat(Hourly(2, "ph", Midnight, 2));

        var charts = ChartBuilder.Build(records, Request());

        Assert.Equal(["2:temperature", "2:ph", "2:rssi", "1:orp"], charts.Select(chart => $"{chart.PoolId}:{chart.Type}"));
        Assert.Equal("Zed", charts[3].PoolName);
        Assert.Equal("mV", charts[3].Unit);
    }

    [Fact]
    public void Build_PoolAndTypeFilters_OnlyThoseCharts()
    {
        var records = Hourly(1, "ph", Midnight, 2).Concat(Hourly(1, "orp", Midnight, 2)).Concat(Hourly(2, "ph", Midnight, 2));

        var chart = Assert.Single(ChartBuilder.Build(records, Request(pools: [1], types: ["orp"])));

        Assert.Equal((1L, "orp"), (chart.PoolId, chart.Type));
    }

    [Fact]
    public void Build_PoolWithoutName_NamedById()
    {
        var chart = Assert.Single(ChartBuilder.Build(Hourly(7, "ph", Midnight, 1).Select(record => record with { PoolName = null }), Request()));

        Assert.Equal("Pool 7", chart.PoolName);
    }

    [Fact]
    public void Build_ThresholdsForThePool_BandOnItsTypesOnly()
    {
        var thresholds = new Dictionary<long, PoolThresholds> { [1] = new() { Bands = new Dictionary<string, ThresholdBand> { ["ph"] = new(7.2, 7.6) } } };
        var records = Hourly(1, "ph", Midnight, 2).Concat(Hourly(1, "battery", Midnight, 2)).Concat(Hourly(2, "ph", Midnight, 2));

        var charts = ChartBuilder.Build(records, Request() with { Thresholds = thresholds });

        Assert.Equal([new ThresholdBand(7.2, 7.6), null, null], charts.OrderBy(chart => chart.PoolId).ThenBy(chart => chart.Type == "battery").Select(chart => chart.Band));
    }

    [Fact]
    public void Build_UnparsableTime_RefusedNamingTheRecord()
    {
        var record = Measure(1, "ph", Midnight, 7) with { ValueTime = "yesterday" };

        var error = Assert.Throws<InvalidDataException>(() => ChartBuilder.Build([record], Request()));

        Assert.Contains(record.RecordId, error.Message, StringComparison.Ordinal);
    }
}
