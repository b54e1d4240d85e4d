using OndiloFanout.Domain.Collection;
using OndiloFanout.Domain.Pools;
using Xunit;

namespace OndiloFanout.Tests.Domain.Collection;

public sealed class PoolProgressTests
{
    private const long PoolId = 234;
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 2, 30, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 11, 25);
    private static readonly IReadOnlyList<string> Types = [MeasureType.Ph, MeasureType.Orp];

    private static LedgerEntry Entry(DateOnly day, DayStatus status, Dictionary<string, DateTimeOffset>? cursor = null) =>
        new() { PoolId = PoolId, Day = day, Status = status, Records = 1, Cursor = cursor ?? [], UpdatedAt = Now };

    private static Dictionary<DateOnly, LedgerEntry> CompleteFrom(DateOnly from, DateOnly to) =>
        new DayRange(from, to).Days().ToDictionary(day => day, day => Entry(day, DayStatus.Complete));

    private static PoolProgress FromLedger(Dictionary<DateOnly, LedgerEntry> ledger) => PoolProgress.FromLedger(PoolId, ledger, Types, Now, HistoryWindow.Depth);

    [Fact]
    public void FromLedger_EmptyLedger_TheHistoryStartAndNoCompleteDay()
    {
        Assert.Equal(new PoolProgress(PoolId, Now - HistoryWindow.Depth, null), FromLedger([]));
    }

    [Fact]
    public void FromLedger_CompleteUpToYesterdayAndTodayPartial_FromTheEarliestCursor()
    {
        var ledger = CompleteFrom(new DateOnly(2026, 10, 26), Today.AddDays(-1));
        ledger[Today] = Entry(Today, DayStatus.Partial, new() { [MeasureType.Ph] = Now.AddHours(-2).AddMinutes(-5), [MeasureType.Orp] = Now.AddHours(-2).AddMinutes(-7) });

        Assert.Equal(new PoolProgress(PoolId, Now.AddHours(-2).AddMinutes(-7), Today.AddDays(-1)), FromLedger(ledger));
    }

    [Fact]
    public void FromLedger_PartialDayLackingATypesCursor_FromItsMidnight()
    {
        var ledger = CompleteFrom(new DateOnly(2026, 10, 26), Today.AddDays(-1));
        ledger[Today] = Entry(Today, DayStatus.Partial, new() { [MeasureType.Ph] = Now.AddHours(-2) });

        Assert.Equal(UtcDay.Start(Today), FromLedger(ledger).OldestUncollected);
    }

    [Fact]
    public void FromLedger_OldGapBehindNewerDays_FromTheGapWithYesterdayTheNewestComplete()
    {
        var gap = new DateOnly(2026, 11, 2);
        var ledger = CompleteFrom(new DateOnly(2026, 10, 26), Today.AddDays(-1));
        ledger.Remove(gap);

        Assert.Equal(new PoolProgress(PoolId, UtcDay.Start(gap), Today.AddDays(-1)), FromLedger(ledger));
    }

    [Fact]
    public void FromLedger_ClosedDays_CountAsSettledNotComplete()
    {
        var ledger = new Dictionary<DateOnly, LedgerEntry>
        {
            [new DateOnly(2026, 10, 26)] = Entry(new DateOnly(2026, 10, 26), DayStatus.Complete),
            [new DateOnly(2026, 10, 27)] = Entry(new DateOnly(2026, 10, 27), DayStatus.Closed),
        };

        Assert.Equal(new PoolProgress(PoolId, UtcDay.Start(new DateOnly(2026, 10, 28)), new DateOnly(2026, 10, 26)), FromLedger(ledger));
    }
}
