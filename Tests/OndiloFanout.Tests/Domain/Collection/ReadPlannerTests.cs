using OndiloFanout.Contracts;
using OndiloFanout.Domain.Collection;
using OndiloFanout.Domain.Pools;
using Xunit;

namespace OndiloFanout.Tests.Domain.Collection;

public sealed class ReadPlannerTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 2, 30, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 11, 25);
    private static readonly DateTimeOffset HistoryStart = Now - HistoryWindow.Depth;

    // A budget of 8 calls an hour and no reserve: one read an hour, 24 a day, so small cases can be worked by hand.
    private static readonly ReadPlanOptions OneReadAnHour = new() { CallsPerHour = 8, RetryReservePercent = 0 };

    private static PoolProgress[] EmptyLake(int pools) => Enumerable.Range(1, pools).Select(id => new PoolProgress(id, HistoryStart, null)).ToArray();

    // As a pool's read at 02:30 that many days ago leaves it: complete up to the day before, partial up to 00:30.
    private static PoolProgress ReadDaysAgo(long id, int days) =>
        new(id, UtcDay.Start(Today.AddDays(-days)).AddMinutes(30), Today.AddDays(-days - 1));

    [Fact]
    public void Plan_ThreePoolsOnAnEmptyLake_ReadsEveryPoolAtOnceInTheMonthWindowLosingNothing()
    {
        var plan = ReadPlanner.Plan(EmptyLake(3), new ReadPlanOptions { CallsPerHour = QuotaLimits.DefaultCallsPerHour }, Now);

        Assert.Equal([1L, 2L, 3L], plan.Reads.Select(r => r.PoolId));
        Assert.All(plan.Reads, r => Assert.Equal(new PoolRead(r.PoolId, MeasurePeriod.Month, TimeSpan.Zero), r));
        Assert.Equal((18, 1, TimeSpan.Zero, 1), (plan.CallsPlanned, plan.ReadIntervalDays, plan.HistoryLost, plan.CatchUpDays));
    }

    [Fact]
    public void Plan_ThreePoolsReadYesterday_ReadsEveryPoolAgainInTheWeekWindow()
    {
        var plan = ReadPlanner.Plan([ReadDaysAgo(1, 1), ReadDaysAgo(2, 1), ReadDaysAgo(3, 1)], new ReadPlanOptions { CallsPerHour = QuotaLimits.DefaultCallsPerHour }, Now);

        Assert.Equal([1L, 2L, 3L], plan.Reads.Select(r => r.PoolId));
        Assert.All(plan.Reads, r => Assert.Equal(MeasurePeriod.Week, r.Window));
        Assert.Equal((1, 2, 2, 0, TimeSpan.Zero), (plan.ReadIntervalDays, plan.LagDays, plan.LagBoundDays, plan.CatchUpDays, plan.HistoryLost));
    }

    [Fact]
    public void Plan_EveryPoolFitsInADay_ReadsEveryPoolEvenIfReadEarlierToday()
    {
        var plan = ReadPlanner.Plan([ReadDaysAgo(1, 0), ReadDaysAgo(2, 1)], new ReadPlanOptions { CallsPerHour = QuotaLimits.DefaultCallsPerHour }, Now.AddHours(6));

        Assert.Equal([2L, 1L], plan.Reads.Select(r => r.PoolId));
        Assert.Equal((12, 2), (plan.CallsPlanned, plan.LagDays));
    }

    [Fact]
    public void Plan_PoolReadEarlierTodayWhenNotAllFit_IsNotReadAgain()
    {
        // 30 pools at 24 reads a day: every other day; the 29 read yesterday are not due, nor the one read this morning.
        var pools = Enumerable.Range(1, 29).Select(id => ReadDaysAgo(id, 1)).Append(ReadDaysAgo(30, 0)).ToArray();

        var plan = ReadPlanner.Plan(pools, OneReadAnHour, Now.AddHours(6));

        Assert.Empty(plan.Reads);
        Assert.Equal((2, 2, 0), (plan.ReadIntervalDays, plan.LagDays, plan.CallsPlanned));
    }

    [Fact]
    public void Plan_ThousandPoolsInRotation_ReadsThoseSixteenDaysBehindInTheMonthWindow()
    {
        // Read 1 to 16 days ago, by pool: the default budget's 64 reads a day read each every 16 days.
        var pools = Enumerable.Range(0, 1_000).Select(i => ReadDaysAgo(i, 1 + (i % 16))).ToArray();

        var plan = ReadPlanner.Plan(pools, new ReadPlanOptions { CallsPerHour = QuotaLimits.DefaultCallsPerHour }, Now);

        Assert.Equal(pools.Where(p => p.PoolId % 16 == 15).Select(p => p.PoolId), plan.Reads.Select(r => r.PoolId));
        Assert.All(plan.Reads, r => Assert.Equal(new PoolRead(r.PoolId, MeasurePeriod.Month, TimeSpan.Zero), r));
        Assert.Equal((16, 17, 17, 0, TimeSpan.Zero), (plan.ReadIntervalDays, plan.LagDays, plan.LagBoundDays, plan.CatchUpDays, plan.HistoryLost));
    }

    [Fact]
    public void Plan_OldGapAboutToLeaveTheHistory_ReadsThatPoolFirstThoughItIsNotBehind()
    {
        // 39 pools at 24 reads a day: every other day. Pool 100 was read yesterday, but an old day of it is still missing.
        var pools = Enumerable.Range(1, 19).Select(id => ReadDaysAgo(id, 2))
            .Concat(Enumerable.Range(20, 19).Select(id => ReadDaysAgo(id, 1)))
            .Append(ReadDaysAgo(100, 1) with { OldestUncollected = HistoryStart.AddDays(1) })
            .ToArray();

        var plan = ReadPlanner.Plan(pools, OneReadAnHour, Now);

        Assert.Equal(new PoolRead(100, MeasurePeriod.Month, TimeSpan.Zero), plan.Reads[0]);
        Assert.Equal(Now.AddDays(1), plan.FirstExpiry);
        Assert.Equal(Enumerable.Range(1, 19).Select(id => (long)id), plan.Reads.Skip(1).Select(r => r.PoolId));
        Assert.Equal((2, TimeSpan.Zero), (plan.ReadIntervalDays, plan.HistoryLost));
    }

    [Fact]
    public void Plan_EmptyLakeBeyondADaysReads_SpreadsThemOverTwoDaysAndReportsTheHistoryThatLeavesMeanwhile()
    {
        var plan = ReadPlanner.Plan(EmptyLake(30), OneReadAnHour, Now);

        // The first read at once, then one at the top of each hour; each loses what left the history since the run.
        Assert.Equal(Enumerable.Range(1, 24).Select(id => (long)id), plan.Reads.Select(r => r.PoolId));
        Assert.Equal(TimeSpan.Zero, plan.Reads[0].Lost);
        Assert.Equal(TimeSpan.FromMinutes(30), plan.Reads[1].Lost);
        Assert.Equal(TimeSpan.FromHours(22.5), plan.Reads[23].Lost);
        // Tomorrow's six lose a day more: 24 h, 24.5 h, 25.5 h … 28.5 h; 264.5 h today.
        Assert.Equal(TimeSpan.FromHours(264.5 + 156.5), plan.HistoryLost);
        Assert.Equal((2, 2, 31, 24 * 28), (plan.ReadIntervalDays, plan.CatchUpDays, plan.LagDays, plan.MaxPools));
    }

    [Fact]
    public void Plan_MorePoolsThanTheHistoryAllows_KeepsLosingAndNeverCatchesUp()
    {
        var plan = ReadPlanner.Plan(EmptyLake(700), OneReadAnHour, Now);

        Assert.Equal(30, plan.ReadIntervalDays);
        Assert.Null(plan.CatchUpDays);
        Assert.True(plan.HistoryLost > TimeSpan.FromDays(700), $"{plan.HistoryLost}");
    }

    [Fact]
    public void Plan_NoPools_PlansNothing()
    {
        var plan = ReadPlanner.Plan([], new ReadPlanOptions { CallsPerHour = QuotaLimits.DefaultCallsPerHour }, Now);

        Assert.Empty(plan.Reads);
        Assert.Equal((1, 0, 0, 0, TimeSpan.Zero, null), (plan.ReadIntervalDays, plan.LagDays, plan.LagBoundDays, plan.CatchUpDays, plan.HistoryLost, plan.FirstExpiry));
    }

    [Fact]
    public void Plan_BudgetBelowOneReadAndItsRefresh_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ReadPlanner.Plan(EmptyLake(1), new ReadPlanOptions { CallsPerHour = 6 }, Now));
    }
}
