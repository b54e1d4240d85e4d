using Xunit;
using OndiloFanout.Collection;
using OndiloFanout.Ondilo;

namespace OndiloFanout.Tests.Collection;

public sealed class LedgerRulesTests
{
    private const long Pool = 234;
    private static readonly DateTimeOffset ReadAt = new(2026, 11, 25, 3, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Yesterday = new(2026, 11, 24);

    private static WorkMessage Message(bool force = false, string runId = "run-1") => new()
    {
        Version = 1, RunId = runId, PoolId = Pool, Day = Yesterday, Types = [MeasureType.Temperature, MeasureType.Ph], Force = force,
    };

    private static List<OndiloMeasure> Hourly(DateOnly day, params string[] types) =>
        (from hour in Enumerable.Range(0, 24)
         from type in types
         select new OndiloMeasure { DataType = type, Value = hour, ValueTime = UtcDay.Start(day).AddHours(hour).AddMinutes(7), IsValid = true }).ToList();

    private static LedgerEntry Entry(DateOnly day, DayStatus status, DateTimeOffset? cursor = null, string runId = "old") => new()
    {
        PoolId = Pool, Day = day, Status = status, Records = 10, RunId = runId, UpdatedAt = ReadAt.AddDays(-1),
        Cursor = cursor is null ? new Dictionary<string, DateTimeOffset>() : new Dictionary<string, DateTimeOffset> { [MeasureType.Temperature] = cursor.Value },
    };

    [Fact]
    public void PlanWrites_WeekWindow_WritesEveryFinishedDayOnce()
    {
        var window = FetchWindow.Covered(MeasurePeriod.Week, ReadAt, ReadAt);
        // What the API returns: the window's measures only.
        var measures = Enumerable.Range(18, 7).SelectMany(d => Hourly(new DateOnly(2026, 11, d), MeasureType.Temperature)).Where(m => m.ValueTime > window.From).ToList();

        var writes = LedgerRules.PlanWrites(Pool, window, measures, new Dictionary<DateOnly, LedgerEntry>(), Message(), ReadAt);

        Assert.Equal(7, writes.Count);
        // The 18th started before the window (03:00): only its last 21 hours are there; the month window has the rest.
        Assert.Equal(DayStatus.Partial, writes[0].Entry.Status);
        Assert.Equal(21, writes[0].Measures.Count);
        Assert.All(writes.Skip(1), w => Assert.Equal(DayStatus.Complete, w.Entry.Status));
        Assert.All(writes.Skip(1), w => Assert.Equal(24, w.Measures.Count));
        Assert.Equal(24, writes[^1].Entry.Records);
    }

    [Fact]
    public void PlanWrites_SettledDays_AreLeftAlone()
    {
        var window = FetchWindow.Covered(MeasurePeriod.Week, ReadAt, ReadAt);
        var ledger = new Dictionary<DateOnly, LedgerEntry> { [Yesterday] = Entry(Yesterday, DayStatus.Complete) };

        var writes = LedgerRules.PlanWrites(Pool, window, Hourly(Yesterday, MeasureType.Temperature), ledger, Message(), ReadAt);

        Assert.DoesNotContain(writes, w => w.Day == Yesterday);
    }

    [Fact]
    public void PlanWrites_PartialDay_IsToppedUpAfterItsCursorOnly()
    {
        var window = FetchWindow.Covered(MeasurePeriod.Week, ReadAt, ReadAt);
        var cursor = UtcDay.Start(Yesterday).AddHours(20).AddMinutes(7);
        var ledger = new Dictionary<DateOnly, LedgerEntry> { [Yesterday] = Entry(Yesterday, DayStatus.Partial, cursor) };

        var write = Assert.Single(LedgerRules.PlanWrites(Pool, window, Hourly(Yesterday, MeasureType.Temperature), ledger, Message(), ReadAt), w => w.Day == Yesterday);

        Assert.Equal(3, write.Measures.Count);
        Assert.All(write.Measures, m => Assert.True(m.ValueTime > cursor));
        Assert.Equal(DayStatus.Complete, write.Entry.Status);
        Assert.Equal(13, write.Entry.Records);
        Assert.Equal(UtcDay.Start(Yesterday).AddHours(23).AddMinutes(7), write.Entry.Cursor[MeasureType.Temperature]);
    }

    [Fact]
    public void PlanWrites_ReadTooSoonAfterMidnight_LeavesYesterdayPartial()
    {
        var early = ReadAt.AddHours(-2);
        var window = FetchWindow.Covered(MeasurePeriod.Week, early, early);

        var write = Assert.Single(LedgerRules.PlanWrites(Pool, window, Hourly(Yesterday, MeasureType.Temperature), new Dictionary<DateOnly, LedgerEntry>(), Message(), early), w => w.Day == Yesterday);

        Assert.Equal(DayStatus.Partial, write.Entry.Status);
    }

    [Fact]
    public void PlanWrites_NothingNewOnAPartialDay_WritesNothing()
    {
        var early = ReadAt.AddHours(-2);
        var window = FetchWindow.Covered(MeasurePeriod.Week, early, early);
        var cursor = UtcDay.Start(Yesterday).AddHours(23).AddMinutes(7);
        var ledger = new Dictionary<DateOnly, LedgerEntry> { [Yesterday] = Entry(Yesterday, DayStatus.Partial, cursor) };

        var writes = LedgerRules.PlanWrites(Pool, window, Hourly(Yesterday, MeasureType.Temperature), ledger, Message(), early);

        Assert.DoesNotContain(writes, w => w.Day == Yesterday);
    }

    [Fact]
    public void PlanWrites_Force_RewritesTheDayOncePerRun()
    {
        var window = FetchWindow.Covered(MeasurePeriod.Week, ReadAt, ReadAt);
        var ledger = new Dictionary<DateOnly, LedgerEntry> { [Yesterday] = Entry(Yesterday, DayStatus.Complete) };

        var first = Assert.Single(LedgerRules.PlanWrites(Pool, window, Hourly(Yesterday, MeasureType.Temperature), ledger, Message(force: true), ReadAt), w => w.Day == Yesterday);
        ledger[Yesterday] = first.Entry;
        var again = LedgerRules.PlanWrites(Pool, window, Hourly(Yesterday, MeasureType.Temperature), ledger, Message(force: true), ReadAt);

        Assert.Equal(24, first.Measures.Count);
        Assert.Equal(24, first.Entry.Records);
        Assert.DoesNotContain(again, w => w.Day == Yesterday);
    }

    [Fact]
    public void PlanWrites_RepeatedMeasure_IsWrittenOnce()
    {
        var window = FetchWindow.Covered(MeasurePeriod.Week, ReadAt, ReadAt);
        var measures = Hourly(Yesterday, MeasureType.Temperature);
        measures.Add(measures[5]);

        var write = Assert.Single(LedgerRules.PlanWrites(Pool, window, measures, new Dictionary<DateOnly, LedgerEntry>(), Message(), ReadAt), w => w.Day == Yesterday);

        Assert.Equal(24, write.Measures.Count);
    }

    [Fact]
    public void PlanWrites_DayWithoutMeasures_IsCompleteWithNoRecord()
    {
        var window = FetchWindow.Covered(MeasurePeriod.Week, ReadAt, ReadAt);

        var write = Assert.Single(LedgerRules.PlanWrites(Pool, window, [], new Dictionary<DateOnly, LedgerEntry>(), Message(), ReadAt), w => w.Day == Yesterday);

        Assert.Empty(write.Measures);
        Assert.Equal(DayStatus.Complete, write.Entry.Status);
    }

    [Fact]
    public void StatusAfter_NeedsTheMidnightAndTwoHoursOfSettling()
    {
        Assert.Equal(DayStatus.Partial, LedgerRules.StatusAfter(Yesterday, FetchWindow.Covered(MeasurePeriod.Week, ReadAt.AddHours(-2), ReadAt.AddHours(-2))));
        Assert.Equal(DayStatus.Complete, LedgerRules.StatusAfter(Yesterday, FetchWindow.Covered(MeasurePeriod.Week, ReadAt, ReadAt)));
        Assert.Equal(DayStatus.Partial, LedgerRules.StatusAfter(Yesterday, FetchWindow.Covered(MeasurePeriod.Day, ReadAt, ReadAt)));
        // The month window's oldest day: what is before the window is gone from the API for good.
        var oldest = UtcDay.Of(ReadAt.AddDays(-30));
        Assert.Equal(DayStatus.Closed, LedgerRules.StatusAfter(oldest, FetchWindow.Covered(MeasurePeriod.Month, ReadAt, ReadAt)));
    }

    [Fact]
    public void Close_KeepsWhatWasWritten()
    {
        var closed = LedgerRules.Close(Entry(Yesterday, DayStatus.Partial, ReadAt), Pool, Yesterday, "run-2", ReadAt);

        Assert.Equal(DayStatus.Closed, closed.Status);
        Assert.Equal(10, closed.Records);
        Assert.True(closed.IsSettled);
    }
}
