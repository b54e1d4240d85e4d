using OndiloFanout.Domain.Collection;
using Xunit;

namespace OndiloFanout.Tests.Domain.Collection;

public sealed class GapHealingTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 2, 30, 0, TimeSpan.Zero);

    private static SchedulerRequest Request(SchedulerTrigger trigger, bool force = false) =>
        new() { Days = new DayRange(new DateOnly(2026, 11, 24), new DateOnly(2026, 11, 24)), Trigger = trigger, Force = force };

    [Theory]
    [InlineData(SchedulerTrigger.Daily)]
    [InlineData(SchedulerTrigger.Schedule)]
    public void RangeFor_DailyRun_IsEveryReadableDayBeforeYesterday(SchedulerTrigger trigger)
    {
        var range = GapHealing.RangeFor(Request(trigger), Now);

        // 30 days before 02:30 on the 25th is 02:30 on the 26th of October: that day is still partly readable.
        Assert.Equal(new DayRange(new DateOnly(2026, 10, 26), new DateOnly(2026, 11, 23)), range);
    }

    [Theory]
    [InlineData(SchedulerTrigger.Month)]
    [InlineData(SchedulerTrigger.Date)]
    [InlineData(SchedulerTrigger.Range)]
    public void RangeFor_ExplicitDays_HealsNothing(SchedulerTrigger trigger) => Assert.Null(GapHealing.RangeFor(Request(trigger), Now));

    [Fact]
    public void RangeFor_ForcedDailyRun_HealsNothing() => Assert.Null(GapHealing.RangeFor(Request(SchedulerTrigger.Daily, force: true), Now));

    [Fact]
    public void RangeFor_AtMidnight_LeavesOutTheDayThatIsGone()
    {
        var midnight = new DateTimeOffset(2026, 11, 25, 0, 0, 0, TimeSpan.Zero);

        Assert.Equal(new DateOnly(2026, 10, 26), GapHealing.RangeFor(Request(SchedulerTrigger.Daily), midnight)!.From);
    }
}
