using OndiloFanout.Domain.Collection;
using OndiloFanout.Domain.Pools;
using Xunit;

namespace OndiloFanout.Tests.Domain.Collection;

public sealed class DevicePlannerTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 2, 30, 0, TimeSpan.Zero);
    private static readonly OndiloPool Pool = new() { Id = 234, Name = "John's Pool", DisinfectionPrimary = "salt" };

    private static SchedulerRequest Request(DateOnly from, DateOnly to, bool force = false) =>
        new() { Days = new DayRange(from, to), Trigger = SchedulerTrigger.Range, Force = force };

    [Fact]
    public void Plan_Month_OneMessagePerDayAllWithTheMonthWindow()
    {
        var plan = DevicePlanner.Plan(Pool, [MeasureType.Temperature], Request(new DateOnly(2026, 10, 26), new DateOnly(2026, 11, 24)), new Dictionary<DateOnly, LedgerEntry>(), "run", Now);

        Assert.Equal(30, plan.Messages.Count);
        Assert.All(plan.Messages, m => Assert.Equal(MeasurePeriod.Month, m.Window));
        Assert.All(plan.Messages, m => Assert.Equal("John's Pool", m.PoolName));
        Assert.Empty(plan.Skipped);
        Assert.Empty(plan.Refused);
    }

    [Fact]
    public void Plan_Yesterday_UsesTheWeekWindow()
    {
        var plan = DevicePlanner.Plan(Pool, [MeasureType.Temperature], Request(new DateOnly(2026, 11, 24), new DateOnly(2026, 11, 24)), new Dictionary<DateOnly, LedgerEntry>(), "run", Now);

        Assert.Equal(MeasurePeriod.Week, Assert.Single(plan.Messages).Window);
    }

    [Fact]
    public void Plan_HalfAnHourAfterMidnight_PlansTheSettledDaysAndLeavesYesterdayForLater()
    {
        var halfPastMidnight = new DateTimeOffset(2026, 11, 25, 0, 30, 0, TimeSpan.Zero);
        var yesterday = new DateOnly(2026, 11, 24);

        var plan = DevicePlanner.Plan(Pool, [MeasureType.Temperature], Request(new DateOnly(2026, 10, 26), yesterday), new Dictionary<DateOnly, LedgerEntry>(), "run", halfPastMidnight);

        Assert.Equal([yesterday], plan.Settling);
        Assert.Equal(29, plan.Messages.Count);
        Assert.DoesNotContain(plan.Messages, m => m.Day == yesterday);
        Assert.All(plan.Messages, m => Assert.Equal(MeasurePeriod.Month, m.Window));
    }

    [Fact]
    public void Plan_SkipsSettledDaysAndRefusesForgottenOnes()
    {
        var settled = new DateOnly(2026, 11, 20);
        var ledger = new Dictionary<DateOnly, LedgerEntry>
        {
            [settled] = new() { PoolId = 234, Day = settled, Status = DayStatus.Complete, Records = 144, Cursor = new Dictionary<string, DateTimeOffset>(), UpdatedAt = Now },
        };

        var plan = DevicePlanner.Plan(Pool, [MeasureType.Temperature], Request(new DateOnly(2026, 10, 20), new DateOnly(2026, 11, 24)), ledger, "run", Now);

        Assert.Equal([settled], plan.Skipped);
        Assert.Equal(6, plan.Refused.Count);
        Assert.Equal(29, plan.Messages.Count);
        Assert.DoesNotContain(plan.Messages, m => m.Day == settled);
    }

    [Fact]
    public void Plan_Force_PlansSettledDaysWithTheRunRange()
    {
        var day = new DateOnly(2026, 11, 20);
        var ledger = new Dictionary<DateOnly, LedgerEntry>
        {
            [day] = new() { PoolId = 234, Day = day, Status = DayStatus.Complete, Records = 144, Cursor = new Dictionary<string, DateTimeOffset>(), UpdatedAt = Now },
        };

        var message = Assert.Single(DevicePlanner.Plan(Pool, [MeasureType.Temperature], Request(day, day, force: true), ledger, "run", Now).Messages);

        Assert.True(message.Force);
        Assert.True(message.Rewrites(day));
        Assert.False(message.Rewrites(day.AddDays(-1)));
    }
}
