using OndiloFanout.Domain.Collection;

namespace OndiloFanout.Cli.Status;

/// <summary>Lays a <see cref="StatusSnapshot"/> out as one calendar row per pool over the last days before today.</summary>
internal static class StatusBuilder
{
    /// <summary>
    /// The calendar covers <paramref name="days"/> UTC days ending yesterday (today is never collected), the range of
    /// a <c>month</c> backfill for 30. Pools come from the ledger and from dead-lettered messages.
    /// </summary>
    public static StatusReport Build(StatusSnapshot snapshot, DateOnly today, int days)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentOutOfRangeException.ThrowIfLessThan(days, 1);
        var (from, to) = (today.AddDays(-days), today.AddDays(-1));
        var ledger = snapshot.Ledger.ToLookup(entry => entry.PoolId);
        var deadLettered = snapshot.DeadLetters
            .Where(letter => letter is { PoolId: not null, Day: not null })
            .Select(letter => (letter.PoolId!.Value, letter.Day!.Value))
            .ToHashSet();
        var pools = ledger.Select(group => group.Key)
            .Concat(deadLettered.Select(pair => pair.Item1))
            .Distinct()
            .Order()
            .Select(poolId => Row(poolId, ledger[poolId].ToDictionary(e => e.Day), deadLettered, from, to))
            .ToList();
        var last = snapshot.Ledger.MaxBy(entry => entry.UpdatedAt);
        return new StatusReport
        {
            Source = snapshot.Source,
            Location = snapshot.Location,
            From = from,
            To = to,
            Pools = pools,
            Quota = new QuotaStatus { HourStart = snapshot.Quota.HourStart, Used = snapshot.Quota.Used, Limit = snapshot.Quota.Limit },
            Queue = QueueStatus.From(snapshot.Queue),
            DeadLetterQueue = QueueStatus.From(snapshot.DeadLetterQueue),
            DeadLetters = snapshot.DeadLetters,
            LastRun = last is null ? null : new LastRun { RunId = last.RunId, UpdatedAt = last.UpdatedAt },
        };
    }

    private static PoolStatus Row(long poolId, Dictionary<DateOnly, LedgerEntry> entries, HashSet<(long, DateOnly)> deadLettered, DateOnly from, DateOnly to)
    {
        var cells = new List<DayCell>();
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            var entry = entries.GetValueOrDefault(day);
            cells.Add(new DayCell { Day = day, State = StateOf(entry, deadLettered.Contains((poolId, day))), Records = entry?.Records ?? 0 });
        }

        int Count(string state) => cells.Count(cell => cell.State == state);
        return new PoolStatus
        {
            PoolId = poolId,
            Collected = Count(DayState.Collected),
            Partial = Count(DayState.Partial),
            Closed = Count(DayState.Closed),
            Missing = Count(DayState.Missing),
            DeadLettered = Count(DayState.DeadLettered),
            Records = cells.Sum(cell => (long)cell.Records),
            Days = cells,
        };
    }

    // A settled day needs nothing more, so a leftover dead letter for it does not matter (a redrive skips it).
    private static string StateOf(LedgerEntry? entry, bool deadLettered) => entry?.Status switch
    {
        DayStatus.Complete => DayState.Collected,
        DayStatus.Closed => DayState.Closed,
        _ when deadLettered => DayState.DeadLettered,
        DayStatus.Partial => DayState.Partial,
        _ => DayState.Missing,
    };
}
