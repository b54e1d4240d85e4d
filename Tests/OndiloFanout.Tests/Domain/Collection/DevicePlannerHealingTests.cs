using OndiloFanout.Domain.Collection;
using OndiloFanout.Domain.Pools;
using Xunit;

namespace OndiloFanout.Tests.Domain.Collection;

public sealed class DevicePlannerHealingTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 2, 30, 0, TimeSpan.Zero);
    private static readonly OndiloPool Pool = new() { Id = 234, Name = "John's Pool", DisinfectionPrimary = "salt" };
    private static readonly DateOnly Yesterday = new(2026, 11, 24);

    private static SchedulerRequest Daily() => new() { Days = new DayRange(Yesterday, Yesterday), Trigger = SchedulerTrigger.Daily };

    private static LedgerEntry Entry(DateOnly day, DayStatus status) =>
        new() { PoolId = Pool.Id, Day = day, Status = status, Records = 1, Cursor = new Dictionary<string, DateTimeOffset>(), UpdatedAt = Now };

    private static Dictionary<DateOnly, LedgerEntry> LedgerWithEveryDaySettledBut(params DateOnly[] missing) =>
        new DayRange(new DateOnly(2026, 10, 26), new DateOnly(2026, 11, 23)).Days()
            .Where(day => !missing.Contains(day))
            .ToDictionary(day => day, day => Entry(day, DayStatus.Complete));

    [Fact]
    public void Plan_RecentGap_HealsItInTheWeekWindow()
    {
        var gap = new DateOnly(2026, 11, 22);
        var plan = DevicePlanner.Plan(Pool, [MeasureType.Ph], Daily(), LedgerWithEveryDaySettledBut(gap), "run", Now, GapHealing.RangeFor(Daily(), Now));

        Assert.Equal([gap], plan.Healed);
        Assert.Equal([gap, Yesterday], plan.Messages.Select(m => m.Day));
        Assert.All(plan.Messages, m => Assert.Equal(MeasurePeriod.Week, m.Window));
    }

    [Fact]
    public void Plan_OldGapOrPartialDay_HealsThemInTheMonthWindow()
    {
        var gap = new DateOnly(2026, 11, 2);
        var partial = new DateOnly(2026, 11, 10);
        var ledger = LedgerWithEveryDaySettledBut(gap);
        ledger[partial] = Entry(partial, DayStatus.Partial);

        var plan = DevicePlanner.Plan(Pool, [MeasureType.Ph], Daily(), ledger, "run", Now, GapHealing.RangeFor(Daily(), Now));

        Assert.Equal([gap, partial], plan.Healed);
        Assert.All(plan.Messages, m => Assert.Equal(MeasurePeriod.Month, m.Window));
        Assert.Empty(plan.Skipped);
    }

    [Fact]
    public void Plan_NoHealingRange_PlansOnlyTheRequest()
    {
        var plan = DevicePlanner.Plan(Pool, [MeasureType.Ph], Daily(), new Dictionary<DateOnly, LedgerEntry>(), "run", Now);

        Assert.Empty(plan.Healed);
        Assert.Equal([Yesterday], plan.Messages.Select(m => m.Day));
    }

    [Fact]
    public void Plan_ClosedDay_IsNotHealed()
    {
        var closed = new DateOnly(2026, 10, 26);
        var ledger = LedgerWithEveryDaySettledBut(closed);
        ledger[closed] = Entry(closed, DayStatus.Closed);

        var plan = DevicePlanner.Plan(Pool, [MeasureType.Ph], Daily(), ledger, "run", Now, GapHealing.RangeFor(Daily(), Now));

        Assert.Empty(plan.Healed);
    }
}
