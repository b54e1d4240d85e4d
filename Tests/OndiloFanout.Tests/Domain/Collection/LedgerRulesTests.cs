using OndiloFanout.Domain.Collection;
using OndiloFanout.Domain.Pools;
using Xunit;

namespace OndiloFanout.Tests.Domain.Collection;

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

    private static LedgerEntry Entry(DateOnly day, DayStatus status, DateTimeOffset? cursor = null, string runId = "old", int records = 10) => new()
    {
        PoolId = Pool, Day = day, Status = status, Records = records, RunId = runId, UpdatedAt = ReadAt.AddDays(-1),
        Cursor = cursor is null ? new Dictionary<string, DateTimeOffset>() : new Dictionary<string, DateTimeOffset> { [MeasureType.Temperature] = cursor.Value },
    };

    [Fact]
    public void PlanWrites_WeekWindow_WritesEveryFinishedDayOnce()
    {
        var window = FetchWindow.Covered(MeasurePeriod.Week, ReadAt, ReadAt);
        // What the API returns: the window's measures only.
        var measures = Enumerable.Range(18, 7).SelectMany(d => Hourly(new DateOnly(2026, 11, d), MeasureType.Temperature)).Where(m => m.ValueTime > window.From).ToList();

        var writes = LedgerRules.PlanWrites(Pool, window, measures, new Dictionary<DateOnly, LedgerEntry>(), Message(), ReadAt);

        // The 18th started before the window (03:00): it is left to the month window, which still holds it whole.
        Assert.Equal(Enumerable.Range(19, 6).Select(d => new DateOnly(2026, 11, d)), writes.Select(w => w.Day));
        Assert.All(writes, w => Assert.Equal(DayStatus.Complete, w.Entry.Status));
        Assert.All(writes, w => Assert.Equal(24, w.Measures.Count));
        Assert.Equal(24, writes[^1].Entry.Records);
    }

    [Fact]
    public void PlanWrites_WeekReadAtTwoPmThenAMonthRead_EveryMeasureOfTheWeeksFirstDayOnce()
    {
        var weekAt = new DateTimeOffset(2026, 11, 25, 14, 0, 0, TimeSpan.Zero);
        var monthAt = weekAt.AddDays(1);
        var first = new DateOnly(2026, 11, 18);
        var ledger = new Dictionary<DateOnly, LedgerEntry>();
        var lake = new List<OndiloMeasure>();
        foreach (var window in new[] { FetchWindow.Covered(MeasurePeriod.Week, weekAt, weekAt), FetchWindow.Covered(MeasurePeriod.Month, monthAt, monthAt) })
        {
            // What the API returns: the window's measures only.
            var measures = Enumerable.Range(0, 40).SelectMany(d => Hourly(first.AddDays(d - 20), MeasureType.Temperature)).Where(m => m.ValueTime > window.From && m.ValueTime <= window.To).ToList();
            foreach (var write in LedgerRules.PlanWrites(Pool, window, measures, ledger, Message(), window.To))
            {
                lake.AddRange(write.Measures);
                ledger[write.Day] = write.Entry;
            }
        }

        var written = lake.Where(m => UtcDay.Of(m.ValueTime) == first).ToList();
        Assert.Equal(24, written.Count);
        Assert.Equal(24, written.Select(m => m.ValueTime).Distinct().Count());
        Assert.Equal((DayStatus.Complete, 24), (ledger[first].Status, ledger[first].Records));
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
        // Read too soon: every measure of the day up to 20:07 was written.
        var ledger = new Dictionary<DateOnly, LedgerEntry> { [Yesterday] = Entry(Yesterday, DayStatus.Partial, cursor, records: 21) };

        var write = Assert.Single(LedgerRules.PlanWrites(Pool, window, Hourly(Yesterday, MeasureType.Temperature), ledger, Message(), ReadAt), w => w.Day == Yesterday);

        Assert.Equal(3, write.Measures.Count);
        Assert.All(write.Measures, m => Assert.True(m.ValueTime > cursor));
        Assert.Equal(DayStatus.Complete, write.Entry.Status);
        Assert.Equal(24, write.Entry.Records);
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
    public void PlanWrites_ReadTooSoon_WritesOnlyWhatHadSurelyBeenUploadedAndTheTopUpTheRest()
    {
        var early = new DateTimeOffset(2026, 11, 25, 0, 30, 0, TimeSpan.Zero);
        var ledger = new Dictionary<DateOnly, LedgerEntry>();

        var first = Assert.Single(LedgerRules.PlanWrites(Pool, FetchWindow.Covered(MeasurePeriod.Week, early, early), Hourly(Yesterday, MeasureType.Temperature), ledger, Message(), early), w => w.Day == Yesterday);
        ledger[Yesterday] = first.Entry;
        var topUp = Assert.Single(LedgerRules.PlanWrites(Pool, FetchWindow.Covered(MeasurePeriod.Week, ReadAt, ReadAt), Hourly(Yesterday, MeasureType.Temperature), ledger, Message(), ReadAt), w => w.Day == Yesterday);

        // Up to 22:30: two hours before the read, what the ICO had surely uploaded.
        Assert.Equal((DayStatus.Partial, 23), (first.Entry.Status, first.Measures.Count));
        Assert.Equal(UtcDay.Start(Yesterday).AddHours(23).AddMinutes(7), Assert.Single(topUp.Measures).ValueTime);
        Assert.Equal((DayStatus.Complete, 24), (topUp.Entry.Status, topUp.Entry.Records));
    }

    [Fact]
    public void PlanWrites_LaterMeasureUploadedBeforeAnEarlierOne_NeitherIsLost()
    {
        var early = new DateTimeOffset(2026, 11, 25, 0, 10, 0, TimeSpan.Zero);
        var late = UtcDay.Start(Yesterday).AddHours(22).AddMinutes(7);
        var ledger = new Dictionary<DateOnly, LedgerEntry>();
        // At 00:10 the 23:07 measure is there, the 22:07 one still on its way.
        var seenEarly = Hourly(Yesterday, MeasureType.Temperature).Where(m => m.ValueTime != late).ToList();

        foreach (var (at, seen) in new[] { (early, seenEarly), (ReadAt, Hourly(Yesterday, MeasureType.Temperature)) })
        {
            foreach (var write in LedgerRules.PlanWrites(Pool, FetchWindow.Covered(MeasurePeriod.Week, at, at), seen, ledger, Message(), at).Where(w => w.Day == Yesterday))
            {
                ledger[Yesterday] = write.Entry;
            }
        }

        Assert.Equal((DayStatus.Complete, 24), (ledger[Yesterday].Status, ledger[Yesterday].Records));
    }

    [Fact]
    public void PlanWrites_PartialDayCutAtItsStartByAnOlderLedger_GetsItsMissingStart()
    {
        // What a ledger written before start-cut days were left to a wider window holds for a day first read by a
        // week window at 14:00: its last 10 hours, and the cursor at its last measure.
        var cursor = UtcDay.Start(Yesterday).AddHours(23).AddMinutes(7);
        var ledger = new Dictionary<DateOnly, LedgerEntry> { [Yesterday] = Entry(Yesterday, DayStatus.Partial, cursor, records: 10) };

        var write = Assert.Single(LedgerRules.PlanWrites(Pool, FetchWindow.Covered(MeasurePeriod.Week, ReadAt, ReadAt), Hourly(Yesterday, MeasureType.Temperature), ledger, Message(), ReadAt), w => w.Day == Yesterday);

        Assert.Equal(Enumerable.Range(0, 14).Select(h => UtcDay.Start(Yesterday).AddHours(h).AddMinutes(7)), write.Measures.Select(m => m.ValueTime));
        Assert.Equal((DayStatus.Complete, 24), (write.Entry.Status, write.Entry.Records));
    }

    [Fact]
    public void PlanWrites_NothingNewOnAPartialDay_WritesNothing()
    {
        var early = ReadAt.AddHours(-2);
        var window = FetchWindow.Covered(MeasurePeriod.Week, early, early);
        var cursor = UtcDay.Start(Yesterday).AddHours(23).AddMinutes(7);
        var ledger = new Dictionary<DateOnly, LedgerEntry> { [Yesterday] = Entry(Yesterday, DayStatus.Partial, cursor, records: 24) };

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
        // The day window began at 03:00: the week window still holds the whole day, so this one leaves it alone.
        Assert.Null(LedgerRules.StatusAfter(Yesterday, FetchWindow.Covered(MeasurePeriod.Day, ReadAt, ReadAt)));
        // The month window's oldest day: what is before the window is gone from the API for good.
        var oldest = UtcDay.Of(ReadAt.AddDays(-30));
        Assert.Equal(DayStatus.Closed, LedgerRules.StatusAfter(oldest, FetchWindow.Covered(MeasurePeriod.Month, ReadAt, ReadAt)));
        // Month reads a few seconds apart right as the history passes a midnight: the day lost its first seconds between them.
        var passing = new DateOnly(2026, 10, 26);
        var at = UtcDay.Start(passing) + HistoryWindow.Depth;
        Assert.Equal(DayStatus.Closed, LedgerRules.StatusAfter(passing, FetchWindow.Covered(MeasurePeriod.Month, at.AddSeconds(-2), at.AddSeconds(3))));
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
