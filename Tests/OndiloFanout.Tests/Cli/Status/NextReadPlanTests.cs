using OndiloFanout.Cli.Status;
using OndiloFanout.Contracts;
using OndiloFanout.Domain.Collection;
using OndiloFanout.Domain.Pools;
using Xunit;

namespace OndiloFanout.Tests.Cli.Status;

public sealed class NextReadPlanTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);
    private static readonly ReadPlanOptions Budget = ReadPlanOptions.For(QuotaLimits.DefaultCallsPerHour, MeasureType.All);

    [Fact]
    public void Of_EmptyLedger_NoPlan()
    {
        Assert.Null(NextReadPlan.Of([], Budget, Now));
    }

    [Fact]
    public void Of_PoolsCompleteUpToYesterday_ReadsEachDailyOneDayBehind()
    {
        var ledger = Days(1, UtcDay.Of(Now).AddDays(-30), UtcDay.Of(Now).AddDays(-1)).Concat(Days(2, UtcDay.Of(Now).AddDays(-30), UtcDay.Of(Now).AddDays(-1))).ToArray();

        var plan = NextReadPlan.Of(ledger, Budget, Now)!;

        Assert.Equal((2, 0, 12, 1, 1), (plan.Pools, plan.PoolsLeft, plan.CallsPlanned, plan.IntervalDays, plan.LagDays));
        // Today is uncollected from its midnight: it leaves the history in 30 days less the 12 hours gone.
        Assert.Equal(29.5, plan.ExpiryDays);
        Assert.Equal(0, plan.HoursLost);
    }

    [Fact]
    public void Of_PartialDay_CountsFromWhereEveryTypeOfThePoolStopped()
    {
        var partial = UtcDay.Of(Now).AddDays(-2);
        var stopped = UtcDay.Start(partial).AddHours(9);
        var ledger = Days(1, UtcDay.Of(Now).AddDays(-30), partial.AddDays(-1))
            .Append(Entry(1, partial, DayStatus.Partial, new Dictionary<string, DateTimeOffset> { ["ph"] = stopped.AddHours(5), ["salt"] = stopped }))
            .ToArray();

        var plan = NextReadPlan.Of(ledger, Budget, Now)!;

        Assert.Equal(stopped + HistoryWindow.Depth, plan.FirstExpiry);
        Assert.Equal(3, plan.LagDays);
    }

    private static IEnumerable<LedgerEntry> Days(long poolId, DateOnly from, DateOnly to)
    {
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            yield return Entry(poolId, day, DayStatus.Complete, new Dictionary<string, DateTimeOffset>());
        }
    }

    private static LedgerEntry Entry(long poolId, DateOnly day, DayStatus status, IReadOnlyDictionary<string, DateTimeOffset> cursor) => new()
    {
        PoolId = poolId,
        Day = day,
        Status = status,
        Records = 144,
        Cursor = cursor,
        UpdatedAt = Now,
    };
}
