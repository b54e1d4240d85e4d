using Microsoft.Extensions.Time.Testing;
using OndiloFanout.Domain.Collection;
using OndiloFanout.Domain.Ports;
using OndiloFanout.Local;
using OndiloFanout.Tests.TestDoubles;
using Xunit;

namespace OndiloFanout.Tests.Local;

public sealed class FileStateStoreTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 11, 24, 13, 10, 0, TimeSpan.Zero);
    private static readonly TimeSpan LeaseDuration = TimeSpan.FromMinutes(5);

    private readonly LocalTempFolder _folder = new();
    private readonly FakeTimeProvider _time = new(Start);
    private readonly List<FileStateStore> _stores = [];
    private readonly CancellationToken _ct = CancellationToken.None;

    public void Dispose()
    {
        _stores.ForEach(store => store.Dispose());
        _folder.Dispose();
    }

    private FileStateStore CreateSut(int callsPerHour = 20)
    {
        var store = new FileStateStore(_folder.Path, _time, callsPerHour);
        _stores.Add(store);
        return store;
    }

    [Fact]
    public async Task TryTakeAsync_WithinLimit_GrantsAndCounts()
    {
        var sut = CreateSut(callsPerHour: 10);

        var grant = await sut.TryTakeAsync(6, _ct);

        Assert.Equal(QuotaGrant.Yes(Start), grant);
        Assert.Equal(new QuotaUsage(Start.AddMinutes(-10), 6, 10), await sut.GetUsageAsync(_ct));
    }

    [Fact]
    public async Task TryTakeAsync_MoreThanLeft_RefusesAllUntilNextHour()
    {
        var sut = CreateSut(callsPerHour: 10);
        await sut.TryTakeAsync(6, _ct);

        var refused = await sut.TryTakeAsync(5, _ct);

        Assert.Equal(new QuotaGrant(false, new DateTimeOffset(2026, 11, 24, 14, 0, 0, TimeSpan.Zero)), refused);
        Assert.Equal(6, (await sut.GetUsageAsync(_ct)).Used);
        Assert.True((await sut.TryTakeAsync(4, _ct)).Granted);
    }

    [Fact]
    public async Task TryTakeAsync_NextHour_BudgetIsFullAgain()
    {
        var sut = CreateSut(callsPerHour: 10);
        await sut.TryTakeAsync(10, _ct);
        Assert.False((await sut.TryTakeAsync(1, _ct)).Granted);

        _time.SetUtcNow(new DateTimeOffset(2026, 11, 24, 14, 0, 0, TimeSpan.Zero));

        Assert.Equal(0, (await sut.GetUsageAsync(_ct)).Used);
        Assert.True((await sut.TryTakeAsync(10, _ct)).Granted);
    }

    [Fact]
    public async Task AddUsedAsync_BeyondLimit_CountsAndRefusesFurtherTakes()
    {
        var sut = CreateSut(callsPerHour: 10);
        await sut.TryTakeAsync(9, _ct);

        await sut.AddUsedAsync(3, _ct);

        Assert.Equal(12, (await sut.GetUsageAsync(_ct)).Used);
        Assert.False((await sut.TryTakeAsync(1, _ct)).Granted);
    }

    [Fact]
    public async Task ExhaustAsync_SpendsTheRestOfThisHourOnly()
    {
        var sut = CreateSut(callsPerHour: 10);
        await sut.TryTakeAsync(2, _ct);

        await sut.ExhaustAsync(_ct);

        Assert.Equal(10, (await sut.GetUsageAsync(_ct)).Used);
        Assert.False((await sut.TryTakeAsync(1, _ct)).Granted);
        _time.Advance(TimeSpan.FromHours(1));
        Assert.True((await sut.TryTakeAsync(1, _ct)).Granted);
    }

    [Fact]
    public async Task TryTakeAsync_SecondInstanceAfterRestart_SeesCallsUsed()
    {
        await CreateSut(callsPerHour: 10).TryTakeAsync(7, _ct);

        var restarted = CreateSut(callsPerHour: 10);

        Assert.Equal(7, (await restarted.GetUsageAsync(_ct)).Used);
        Assert.False((await restarted.TryTakeAsync(4, _ct)).Granted);
    }

    [Fact]
    public async Task TryTakeAsync_TwoInstancesOnOneFolderInParallel_NeverExceedLimit()
    {
        var first = CreateSut(callsPerHour: 20);
        var second = CreateSut(callsPerHour: 20);

        var takes = Enumerable.Range(0, 30)
            .Select(i => Task.Run(() => (i % 2 == 0 ? first : second).TryTakeAsync(1, _ct)));
        var grants = await Task.WhenAll(takes);

        Assert.Equal(20, grants.Count(g => g.Granted));
        Assert.Equal(20, (await first.GetUsageAsync(_ct)).Used);
    }

    [Fact]
    public async Task TryAcquireAsync_HeldByAnother_RefusedWithHolderExpiry()
    {
        var sut = CreateSut();
        var held = await sut.TryAcquireAsync(12, "a", LeaseDuration, _ct);

        var refused = await sut.TryAcquireAsync(12, "b", LeaseDuration, _ct);

        Assert.Equal(new LeaseResult(true, Start + LeaseDuration), held);
        Assert.Equal(new LeaseResult(false, Start + LeaseDuration), refused);
        Assert.True((await sut.TryAcquireAsync(13, "b", LeaseDuration, _ct)).Acquired);
    }

    [Fact]
    public async Task TryAcquireAsync_AfterExpiry_AnotherOwnerGetsIt()
    {
        var sut = CreateSut();
        await sut.TryAcquireAsync(12, "a", LeaseDuration, _ct);

        _time.Advance(LeaseDuration);

        Assert.True((await sut.TryAcquireAsync(12, "b", LeaseDuration, _ct)).Acquired);
        Assert.False((await sut.TryAcquireAsync(12, "a", LeaseDuration, _ct)).Acquired);
    }

    [Fact]
    public async Task TryAcquireAsync_SameOwner_RenewsUntil()
    {
        var sut = CreateSut();
        await sut.TryAcquireAsync(12, "a", LeaseDuration, _ct);
        _time.Advance(TimeSpan.FromMinutes(3));

        var renewed = await sut.TryAcquireAsync(12, "a", LeaseDuration, _ct);

        Assert.Equal(new LeaseResult(true, Start.AddMinutes(3) + LeaseDuration), renewed);
        _time.Advance(TimeSpan.FromMinutes(4));
        Assert.False((await sut.TryAcquireAsync(12, "b", LeaseDuration, _ct)).Acquired);
    }

    [Fact]
    public async Task ReleaseAsync_ByOtherOwner_KeepsLease_ByOwner_FreesIt()
    {
        var sut = CreateSut();
        await sut.TryAcquireAsync(12, "a", LeaseDuration, _ct);

        await sut.ReleaseAsync(12, "b", _ct);
        Assert.False((await sut.TryAcquireAsync(12, "b", LeaseDuration, _ct)).Acquired);

        await sut.ReleaseAsync(12, "a", _ct);
        Assert.True((await sut.TryAcquireAsync(12, "b", LeaseDuration, _ct)).Acquired);
    }

    [Fact]
    public async Task TryAcquireAsync_SecondInstance_SeesLeaseOfFirst()
    {
        await CreateSut().TryAcquireAsync(12, "a", LeaseDuration, _ct);

        Assert.False((await CreateSut().TryAcquireAsync(12, "b", LeaseDuration, _ct)).Acquired);
    }

    [Fact]
    public async Task PutAsync_ThenGetFromNewInstance_RoundTripsEntriesInRange()
    {
        var day3 = Entry(new DateOnly(2026, 11, 3), DayStatus.Complete);
        var day4 = Entry(new DateOnly(2026, 11, 4), DayStatus.Partial);
        var day9 = Entry(new DateOnly(2026, 11, 9), DayStatus.Closed);
        var writer = CreateSut();
        foreach (var entry in new[] { day4, day3, day9, Entry(new DateOnly(2026, 11, 4), DayStatus.Complete, pool: 13) })
        {
            await writer.PutAsync(entry, _ct);
        }

        var got = await CreateSut().GetAsync(12, new DateOnly(2026, 11, 3), new DateOnly(2026, 11, 4), _ct);

        Assert.Equal([day3.Day, day4.Day], got.Keys.Order());
        AssertSame(day3, got[day3.Day]);
        AssertSame(day4, got[day4.Day]);
        Assert.Contains("\"2026-11-04\"", File.ReadAllText(_folder.Combine("ledger", "12.json")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PutAsync_SameDayAgain_ReplacesEntry()
    {
        var sut = CreateSut();
        var day = new DateOnly(2026, 11, 4);
        await sut.PutAsync(Entry(day, DayStatus.Partial), _ct);
        var complete = Entry(day, DayStatus.Complete) with { Records = 288 };

        await sut.PutAsync(complete, _ct);

        AssertSame(complete, Assert.Single(await sut.GetAsync(12, day, day, _ct)).Value);
    }

    [Fact]
    public async Task GetAsync_NothingWritten_Empty()
    {
        Assert.Empty(await CreateSut().GetAsync(12, DateOnly.MinValue, DateOnly.MaxValue, _ct));
    }

    [Fact]
    public async Task Writes_LeaveNoTempFiles()
    {
        var sut = CreateSut();
        await sut.TryTakeAsync(1, _ct);
        await sut.TryAcquireAsync(12, "a", LeaseDuration, _ct);
        await sut.PutAsync(Entry(new DateOnly(2026, 11, 4), DayStatus.Complete), _ct);

        Assert.Equal([".lock", "leases.json", "ledger/12.json", "quota.json"], _folder.AllFiles());
    }

    private static LedgerEntry Entry(DateOnly day, DayStatus status, long pool = 12) => new()
    {
        PoolId = pool,
        Day = day,
        Status = status,
        Records = 42,
        Cursor = new Dictionary<string, DateTimeOffset>
        {
            ["temperature"] = day.ToDateTime(new TimeOnly(23, 4), DateTimeKind.Utc),
            ["ph"] = day.ToDateTime(new TimeOnly(22, 58), DateTimeKind.Utc),
        },
        UpdatedAt = Start,
        RunId = "run-1",
    };

    private static void AssertSame(LedgerEntry expected, LedgerEntry actual)
    {
        Assert.Equal(expected with { Cursor = actual.Cursor }, actual);
        Assert.Equal(expected.Cursor.OrderBy(p => p.Key), actual.Cursor.OrderBy(p => p.Key));
    }

    [Fact]
    public async Task PutStreakAsync_ThenAnotherInstance_ReadsItForItsPoolAndRunOnly()
    {
        var streak = new FailureStreak { Failures = 5, LastError = "IOException: the delivery stream is down", LastFailedAt = Start, BlockedAt = Start };

        await CreateSut().PutStreakAsync(7, "run-1", streak, _ct);

        Assert.Equal(streak, await CreateSut().GetStreakAsync(7, "run-1", _ct));
        Assert.Null(await CreateSut().GetStreakAsync(7, "run-2", _ct));
        Assert.Null(await CreateSut().GetStreakAsync(8, "run-1", _ct));
    }

    [Fact]
    public async Task ClearStreakAsync_AfterFailures_Forgotten()
    {
        var sut = CreateSut();
        await sut.PutStreakAsync(7, "run-1", new FailureStreak { Failures = 2, LastError = "500", LastFailedAt = Start }, _ct);

        await sut.ClearStreakAsync(7, "run-1", _ct);

        Assert.Null(await sut.GetStreakAsync(7, "run-1", _ct));
    }

    [Fact]
    public async Task PutStreakAsync_StreaksOlderThanTheDeadLetterQueueKeepsMessages_Dropped()
    {
        var sut = CreateSut();
        await sut.PutStreakAsync(7, "old-run", new FailureStreak { Failures = 1, LastError = "500", LastFailedAt = Start }, _ct);
        _time.Advance(TimeSpan.FromDays(15));

        await sut.PutStreakAsync(7, "new-run", new FailureStreak { Failures = 1, LastError = "500", LastFailedAt = _time.GetUtcNow() }, _ct);

        Assert.Null(await sut.GetStreakAsync(7, "old-run", _ct));
        Assert.NotNull(await sut.GetStreakAsync(7, "new-run", _ct));
    }
}
