namespace OndiloFanout.Domain.Collection;

/// <summary>
/// How far the lake has got with one pool, as the read planner sees it: where its uncollected history begins and its
/// newest complete day.
/// </summary>
/// <param name="PoolId">The Ondilo pool id.</param>
/// <param name="OldestUncollected">
/// The earliest instant of the API's history whose measures are not in the lake yet: the start of the oldest day the
/// ledger does not hold as settled, or the time every type of a partial day has been written up to; never before the
/// history's start. Whatever is before it is in the lake or gone.
/// </param>
/// <param name="NewestComplete">The newest day the ledger holds as complete; <c>null</c> when there is none.</param>
public sealed record PoolProgress(long PoolId, DateTimeOffset OldestUncollected, DateOnly? NewestComplete)
{
    /// <summary>What <paramref name="ledger"/> (the pool's days of the API's history, up to today) says of the pool at <paramref name="now"/>.</summary>
    /// <param name="types">The types the pool's reads collect: a partial day is written up to the earliest of their cursors.</param>
    public static PoolProgress FromLedger(long poolId, IReadOnlyDictionary<DateOnly, LedgerEntry> ledger, IReadOnlyList<string> types, DateTimeOffset now, TimeSpan historyDepth)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(types);
        var historyStart = now - historyDepth;
        DateTimeOffset? oldest = null;
        DateOnly? newestComplete = null;
        for (var day = UtcDay.Of(historyStart); day <= UtcDay.Of(now); day = day.AddDays(1))
        {
            var entry = ledger.GetValueOrDefault(day);
            if (entry?.Status == DayStatus.Complete)
            {
                newestComplete = day;
            }

            oldest ??= entry is { IsSettled: true } ? null : UncollectedFrom(day, entry, types);
        }

        var from = oldest ?? now;
        return new PoolProgress(poolId, from > historyStart ? from : historyStart, newestComplete);
    }

    // A partial day holds every measure of its day up to each type's cursor (see LedgerRules); a type with no cursor has nothing yet.
    private static DateTimeOffset UncollectedFrom(DateOnly day, LedgerEntry? entry, IReadOnlyList<string> types)
    {
        if (entry is null || types.Count == 0 || !types.All(entry.Cursor.ContainsKey))
        {
            return UtcDay.Start(day);
        }

        return types.Min(type => entry.Cursor[type]);
    }
}
