using OndiloFanout.Domain.Collection;
using OndiloFanout.Domain.Pools;
using Xunit;

namespace OndiloFanout.Tests.Domain.Collection;

public sealed class HistoryWindowTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 1, 0, 0, TimeSpan.Zero);

    [Fact]
    public void SmallestCovering_Yesterday_IsWeekBecauseDayMissesItsFirstHour()
    {
        // At 01:00 the day window starts at yesterday 01:00: only the week window holds all of yesterday.
        Assert.Equal(MeasurePeriod.Week, HistoryWindow.SmallestCovering(new DateOnly(2026, 11, 24), Now));
    }

    [Fact]
    public void SmallestCovering_AtMidnightExactly_WeekSinceTheDayWindowWouldMissTheFirstSecondsOfYesterday()
    {
        // The reads take a while: a day window read a few seconds after midnight starts after yesterday's.
        Assert.Equal(MeasurePeriod.Week, HistoryWindow.SmallestCovering(new DateOnly(2026, 11, 24), new DateTimeOffset(2026, 11, 25, 0, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void SmallestCovering_DayJustInsideTheWeek_MonthWhenTheWeekWouldNotCoverItOnceTheReadsRun()
    {
        var day = new DateOnly(2026, 11, 18);
        var weekLater = UtcDay.Start(day) + MeasurePeriod.Week.Span();

        Assert.Equal(MeasurePeriod.Week, HistoryWindow.SmallestCovering(day, weekLater - HistoryWindow.ReadMargin));
        Assert.Equal(MeasurePeriod.Month, HistoryWindow.SmallestCovering(day, weekLater - HistoryWindow.ReadMargin + TimeSpan.FromSeconds(1)));
    }

    [Theory]
    [InlineData(19, MeasurePeriod.Week)]
    [InlineData(18, MeasurePeriod.Month)]
    [InlineData(1, MeasurePeriod.Month)]
    public void SmallestCovering_OlderDays_NeedTheMonthWindow(int dayOfMonth, MeasurePeriod expected)
    {
        Assert.Equal(expected, HistoryWindow.SmallestCovering(new DateOnly(2026, 11, dayOfMonth), Now));
    }

    [Fact]
    public void SmallestCoveringAll_TakesTheWidest()
    {
        var days = new[] { new DateOnly(2026, 11, 24), new DateOnly(2026, 11, 2) };

        Assert.Equal(MeasurePeriod.Month, HistoryWindow.SmallestCoveringAll(days, Now));
        Assert.Equal(MeasurePeriod.Week, HistoryWindow.SmallestCoveringAll(days.Take(1), Now));
    }

    [Fact]
    public void IsGone_DayThatEndedBeforeTheHistory_IsGone()
    {
        // History starts 2026-10-26 01:00: the 25th ended before it, the 26th is partly there.
        Assert.True(HistoryWindow.IsGone(new DateOnly(2026, 10, 25), Now));
        Assert.False(HistoryWindow.IsGone(new DateOnly(2026, 10, 26), Now));
        Assert.False(HistoryWindow.IsWhollyAvailable(new DateOnly(2026, 10, 26), Now));
        Assert.True(HistoryWindow.IsWhollyAvailable(new DateOnly(2026, 10, 27), Now));
    }

    [Theory]
    [InlineData("2026-11-25T01:59:59Z", "2026-11-24", false)]
    [InlineData("2026-11-25T02:00:00Z", "2026-11-24", true)]
    // Only the day's own uploads count: at 01:00 an older day is ready, although yesterday is still arriving.
    [InlineData("2026-11-25T01:00:00Z", "2026-11-20", true)]
    public void IsReady_TwoHoursAfterTheDaysEnd(string now, string day, bool expected)
    {
        Assert.Equal(expected, HistoryWindow.IsReady(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void FinishedDays_ListsTheDaysTheWindowTouchedThatWereOver()
    {
        var window = FetchWindow.Covered(MeasurePeriod.Week, Now, Now.AddSeconds(5));

        var days = window.FinishedDays().ToArray();

        Assert.Equal(new DateOnly(2026, 11, 18), days[0]);
        Assert.Equal(new DateOnly(2026, 11, 24), days[^1]);
        Assert.Equal(7, days.Length);
    }
}
