using OndiloFanout.Cli.Status;
using OndiloFanout.Domain.Collection;
using OndiloFanout.Local.Run;
using Xunit;

namespace OndiloFanout.Tests.Cli.Status;

public sealed class StatusBuilderTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);
    private static readonly DateTimeOffset Written = new(2026, 11, 25, 1, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Build_ThirtyDays_CoversTheMonthBackfillRange()
    {
        var report = StatusBuilder.Build(Snapshot([Entry(1, Today.AddDays(-1), DayStatus.Complete)], []), Today, 30);

        Assert.Equal(new DateOnly(2026, 10, 26), report.From);
        Assert.Equal(new DateOnly(2026, 11, 24), report.To);
        var pool = Assert.Single(report.Pools);
        Assert.Equal(30, pool.Days.Count);
        Assert.Equal((1, 29), (pool.Collected, pool.Missing));
    }

    [Fact]
    public void Build_EveryStatus_MapsEachDayAndCountsIt()
    {
        var entries = new[]
        {
            Entry(7, Today.AddDays(-3), DayStatus.Closed, records: 10),
            Entry(7, Today.AddDays(-2), DayStatus.Partial, records: 20),
            Entry(7, Today.AddDays(-1), DayStatus.Complete, records: 30),
        };

        var pool = Assert.Single(StatusBuilder.Build(Snapshot(entries, []), Today, 4).Pools);

        Assert.Equal([DayState.Missing, DayState.Closed, DayState.Partial, DayState.Collected], pool.Days.Select(d => d.State));
        Assert.Equal((1, 1, 1, 1, 0, 60L), (pool.Collected, pool.Partial, pool.Closed, pool.Missing, pool.DeadLettered, pool.Records));
    }

    [Fact]
    public void Build_DeadLetterForUnsettledOrMissingDay_ShowsDeadLettered()
    {
        var entries = new[] { Entry(7, Today.AddDays(-2), DayStatus.Partial), Entry(7, Today.AddDays(-1), DayStatus.Complete) };
        var letters = new[]
        {
            new DeadLetterSummary(7, Today.AddDays(-3), "boom"),
            new DeadLetterSummary(7, Today.AddDays(-2), "boom"),
            new DeadLetterSummary(7, Today.AddDays(-1), "already written"),
        };

        var pool = Assert.Single(StatusBuilder.Build(Snapshot(entries, letters), Today, 3).Pools);

        Assert.Equal([DayState.DeadLettered, DayState.DeadLettered, DayState.Collected], pool.Days.Select(d => d.State));
    }

    [Fact]
    public void Build_PoolKnownOnlyFromTheDeadLetterQueue_GetsARow()
    {
        var letters = new[] { new DeadLetterSummary(99, Today.AddDays(-1), "boom"), new DeadLetterSummary(null, null, "not JSON") };

        var report = StatusBuilder.Build(Snapshot([Entry(5, Today.AddDays(-1), DayStatus.Complete)], letters), Today, 2);

        Assert.Equal([5L, 99L], report.Pools.Select(p => p.PoolId));
        Assert.Equal(1, report.Pools[1].DeadLettered);
        Assert.Equal(2, report.DeadLetters.Count);
    }

    [Fact]
    public void Build_EntriesOfSeveralRuns_LastRunIsTheLatestWrite()
    {
        var entries = new[]
        {
            Entry(1, Today.AddDays(-40), DayStatus.Complete) with { RunId = "old", UpdatedAt = Written.AddDays(-39) },
            Entry(1, Today.AddDays(-1), DayStatus.Complete) with { RunId = "new" },
        };

        var report = StatusBuilder.Build(Snapshot(entries, []), Today, 30);

        Assert.Equal("new", report.LastRun!.RunId);
        Assert.Equal(Written, report.LastRun.UpdatedAt);
        Assert.Equal(1, Assert.Single(report.Pools).Collected);
    }

    [Fact]
    public void Build_EmptyLedger_NoPoolsAndNoLastRun()
    {
        var report = StatusBuilder.Build(Snapshot([], []), Today, 30);

        Assert.Empty(report.Pools);
        Assert.Null(report.LastRun);
    }

    private static StatusSnapshot Snapshot(IReadOnlyList<LedgerEntry> entries, IReadOnlyList<DeadLetterSummary> letters) => new()
    {
        Source = "local",
        Location = "lake",
        Ledger = entries,
        Quota = new QuotaUsage(Written, 3, 20),
        DeadLetters = letters,
    };

    private static LedgerEntry Entry(long poolId, DateOnly day, DayStatus status, int records = 144) => new()
    {
        PoolId = poolId,
        Day = day,
        Status = status,
        Records = records,
        Cursor = new Dictionary<string, DateTimeOffset>(),
        UpdatedAt = Written,
        RunId = "run",
    };
}
