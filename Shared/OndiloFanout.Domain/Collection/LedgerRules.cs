using OndiloFanout.Domain.Pools;

namespace OndiloFanout.Domain.Collection;

/// <summary>
/// The ledger's rules: which days a window read may write, which of their measures are new, and whether the day is
/// then complete. A day is written only by a window that reached back to its midnight — or, once the API's history has
/// lost its start, from whatever is left, closed for good — and a day read too soon only up to what had surely been
/// uploaded. So a partial day lacks nothing but its end, and topping it up with what is after each type's cursor
/// fills it without writing any record twice.
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
            if (IsDone(entry, rewrite) || StatusAfter(day, window) is not { } status)
            {
                continue;
            }

            var previous = rewrite ? null : entry;
            // Read too soon, a later measure may show while an earlier one is still on its way: only the settled part is written.
            var readable = Distinct(byDay[day]).Where(m => status != DayStatus.Partial || m.ValueTime <= window.SettledUntil).ToArray();
            var fresh = Unwritten(previous, readable);
            if (fresh.Length == 0 && previous is not null && status == DayStatus.Partial)
            {
                continue;
            }

            writes.Add(new DayWrite(day, fresh, Advance(previous, poolId, day, fresh, status, message.RunId, now)));
        }

        return writes;
    }

    /// <summary>
    /// What a read of <paramref name="window"/> makes of a day: complete when the window reached back to its midnight
    /// and was read <see cref="HistoryWindow.SettleTime"/> after its end; partial when it was read too soon; closed
    /// (partial for good) when the window began after its midnight and the API's history has lost that start too;
    /// <c>null</c> — not to be written — when the window began after its midnight but a wider one can still read it whole.
    /// </summary>
    public static DayStatus? StatusAfter(DateOnly day, FetchWindow window)
    {
        ArgumentNullException.ThrowIfNull(window);
        if (window.From > UtcDay.Start(day))
        {
            return HistoryWindow.IsWhollyAvailable(day, window.LastReadAt) ? null : DayStatus.Closed;
        }

        return HistoryWindow.IsReady(day, window.To) ? DayStatus.Complete : DayStatus.Partial;
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

    // A partial entry holds every measure of its day up to each type's cursor, so what is after the cursors is new. A
    // ledger written before a day cut at its start was left to a wider window may hold such a day as partial with only
    // the last of those: its records fall short of them, and the missing ones are the earliest. Every measure at the time
    // where that start ends is taken, so that none is lost should the types' reads have been cut a few seconds apart there.
    private static OndiloMeasure[] Unwritten(LedgerEntry? entry, OndiloMeasure[] measures)
    {
        if (entry is null)
        {
            return measures;
        }

        var upToCursor = measures.Where(m => !IsAfterCursor(entry, m)).ToArray();
        var missing = upToCursor.Length - entry.Records;
        var start = missing > 0 ? upToCursor.Where(m => m.ValueTime <= upToCursor[missing - 1].ValueTime) : [];
        return [.. start, .. measures.Where(m => IsAfterCursor(entry, m))];
    }

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

    private static bool IsAfterCursor(LedgerEntry entry, OndiloMeasure measure) =>
        !entry.Cursor.TryGetValue(measure.DataType, out var last) || measure.ValueTime > last;

    // The API has been seen repeating a measure; one record per (type, time) keeps recordIds unique.
    private static IEnumerable<OndiloMeasure> Distinct(IEnumerable<OndiloMeasure> measures) =>
        measures.DistinctBy(m => (m.DataType, m.ValueTime)).OrderBy(m => m.ValueTime).ThenBy(m => m.DataType, StringComparer.Ordinal);
}
