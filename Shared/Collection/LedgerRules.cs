using OndiloFanout.Ondilo;

namespace OndiloFanout.Collection;

/// <summary>
/// The ledger's rules: which days a window read may write, which of their measures are new (after each type's
/// cursor), and whether the day is then complete. Writing only what is after the cursor is what lets a partial day be
/// topped up later without writing any record twice.
/// </summary>
public static class LedgerRules
{
    /// <summary>True when a day needs no work: settled in the ledger and not asked to be rewritten.</summary>
    public static bool IsDone(LedgerEntry? entry, bool rewrite) => !rewrite && entry is { IsSettled: true };

    /// <summary>The writes a read of <paramref name="window"/> calls for, oldest day first.</summary>
    public static IReadOnlyList<DayWrite> PlanWrites(
        long poolId,
        FetchWindow window,
        IReadOnlyList<OndiloMeasure> measures,
        IReadOnlyDictionary<DateOnly, LedgerEntry> ledger,
        WorkMessage message,
        DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(window);
        ArgumentNullException.ThrowIfNull(measures);
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(message);
        var byDay = measures.ToLookup(m => UtcDay.Of(m.ValueTime));
        var writes = new List<DayWrite>();
        foreach (var day in window.FinishedDays())
        {
            ledger.TryGetValue(day, out var entry);
            // A forced run rewrites a day once, not once per message of the run.
            var rewrite = message.Rewrites(day) && entry?.RunId != message.RunId;
            if (IsDone(entry, rewrite))
            {
                continue;
            }

            var previous = rewrite ? null : entry;
            var fresh = Distinct(byDay[day]).Where(m => IsAfterCursor(previous, m)).ToArray();
            var status = StatusAfter(day, window);
            if (fresh.Length == 0 && previous is not null && status == DayStatus.Partial)
            {
                continue;
            }

            writes.Add(new DayWrite(day, fresh, Advance(previous, poolId, day, fresh, status, message.RunId, now)));
        }

        return writes;
    }

    /// <summary>
    /// What a day is after a read of <paramref name="window"/>: complete when the window reached back to its midnight
    /// and was read <see cref="HistoryWindow.SettleTime"/> after its end; partial when it was read too soon, or when a
    /// wider window could still give the rest; closed (partial for good) when what is missing is gone from the API.
    /// </summary>
    public static DayStatus StatusAfter(DateOnly day, FetchWindow window)
    {
        ArgumentNullException.ThrowIfNull(window);
        if (window.To < UtcDay.End(day) + HistoryWindow.SettleTime)
        {
            return DayStatus.Partial;
        }

        if (window.From <= UtcDay.Start(day))
        {
            return DayStatus.Complete;
        }

        return HistoryWindow.IsWhollyAvailable(day, window.To) ? DayStatus.Partial : DayStatus.Closed;
    }

    /// <summary>The entry of a day the API no longer covers: partial for good.</summary>
    public static LedgerEntry Close(LedgerEntry? entry, long poolId, DateOnly day, string runId, DateTimeOffset now) =>
        new()
        {
            PoolId = poolId,
            Day = day,
            Status = DayStatus.Closed,
            Records = entry?.Records ?? 0,
            Cursor = entry?.Cursor ?? new Dictionary<string, DateTimeOffset>(),
            UpdatedAt = now,
            RunId = runId,
        };

    private static LedgerEntry Advance(LedgerEntry? previous, long poolId, DateOnly day, OndiloMeasure[] fresh, DayStatus status, string runId, DateTimeOffset now)
    {
        var cursor = new Dictionary<string, DateTimeOffset>(previous?.Cursor ?? new Dictionary<string, DateTimeOffset>(), StringComparer.Ordinal);
        foreach (var measure in fresh)
        {
            if (!cursor.TryGetValue(measure.DataType, out var last) || measure.ValueTime > last)
            {
                cursor[measure.DataType] = measure.ValueTime;
            }
        }

        return new LedgerEntry
        {
            PoolId = poolId,
            Day = day,
            Status = status,
            Records = (previous?.Records ?? 0) + fresh.Length,
            Cursor = cursor,
            UpdatedAt = now,
            RunId = runId,
        };
    }

    private static bool IsAfterCursor(LedgerEntry? entry, OndiloMeasure measure) =>
        entry is null || !entry.Cursor.TryGetValue(measure.DataType, out var last) || measure.ValueTime > last;

    // The API has been seen repeating a measure; one record per (type, time) keeps recordIds unique.
    private static IEnumerable<OndiloMeasure> Distinct(IEnumerable<OndiloMeasure> measures) =>
        measures.DistinctBy(m => (m.DataType, m.ValueTime)).OrderBy(m => m.ValueTime).ThenBy(m => m.DataType, StringComparer.Ordinal);
}
