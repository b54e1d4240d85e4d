namespace OndiloFanout.Domain.Collection;

/// <summary>
/// The read planner's rule played forward, one daily run after another, on what each read will leave in the ledger:
/// which pools each run reads, when the budget lets each read through, and what it can no longer save.
/// </summary>
internal sealed class ReadProjection
{
    private readonly ReadPlanOptions _options;
    private readonly int _interval;
    private readonly long[] _ids;
    // Not moved on as the history moves on: what a read cannot reach is lost from here.
    private readonly DateTimeOffset[] _oldest;
    private readonly DateOnly?[] _newestComplete;

    public ReadProjection(IReadOnlyList<PoolProgress> pools, ReadPlanOptions options, int interval)
    {
        (_options, _interval) = (options, interval);
        _ids = pools.Select(p => p.PoolId).ToArray();
        _oldest = pools.Select(p => p.OldestUncollected).ToArray();
        _newestComplete = pools.Select(p => p.NewestComplete).ToArray();
    }

    /// <summary>The most any pool's lag has reached so far.</summary>
    public int MaxLag { get; private set; }

    /// <summary>
    /// Runs the plan at <paramref name="run"/>: the pools it reads, in order, with what each read loses. Also reports
    /// whether the run was behind: more pools due than a day holds, a pool past its lag, or history lost.
    /// </summary>
    public (IReadOnlyList<(int Pool, TimeSpan Lost)> Reads, bool Behind) Run(DateTimeOffset run)
    {
        var lag = LagAt(run);
        var due = Enumerable.Range(0, _ids.Length)
            .Where(p => IsDue(p, run))
            .OrderBy(p => Clamped(p, run))
            .ThenBy(p => _newestComplete[p] ?? DateOnly.MinValue)
            .ThenBy(p => _ids[p])
            .Take(_options.ReadsPerDay + 1)
            .ToList();
        var behind = due.Count > _options.ReadsPerDay || lag > _interval + 1;
        var reads = new List<(int, TimeSpan)>();
        foreach (var pool in due.Take(_options.ReadsPerDay))
        {
            var at = SlotTime(run, reads.Count);
            MaxLag = Math.Max(MaxLag, LagOf(pool, at));
            var reach = at - _options.HistoryDepth;
            var lost = reach > _oldest[pool] ? reach - _oldest[pool] : TimeSpan.Zero;
            behind |= lost > TimeSpan.Zero;
            reads.Add((pool, lost));
            // The read completes every day that ended SettleTime before it, and the rest of its day up to then.
            var settled = at - HistoryWindow.SettleTime;
            _oldest[pool] = settled > _oldest[pool] ? settled : _oldest[pool];
            var newest = UtcDay.Of(settled).AddDays(-1);
            _newestComplete[pool] = _newestComplete[pool] is { } known && known > newest ? known : newest;
        }

        return (reads, behind);
    }

    /// <summary>The lag of the least fresh pool at <paramref name="at"/> (0 without pools); it counts towards <see cref="MaxLag"/>.</summary>
    public int LagAt(DateTimeOffset at)
    {
        var lag = Enumerable.Range(0, _ids.Length).Select(p => LagOf(p, at)).DefaultIfEmpty(0).Max();
        MaxLag = Math.Max(MaxLag, lag);
        return lag;
    }

    // Due: past its interval, or the next run might read it too late for its oldest uncollected hour. While every pool
    // fits in a day, every run reads every pool, as a daily run always has: one with nothing to collect enqueues nothing.
    private bool IsDue(int pool, DateTimeOffset run) =>
        _interval == 1 || LagOf(pool, run) > _interval || Clamped(pool, run) + _options.HistoryDepth <= run.AddDays(2);

    private int LagOf(int pool, DateTimeOffset at)
    {
        var newest = _newestComplete[pool] ?? UtcDay.Of(at - _options.HistoryDepth).AddDays(-1);
        return UtcDay.Of(at).DayNumber - newest.DayNumber;
    }

    private DateTimeOffset Clamped(int pool, DateTimeOffset at)
    {
        var historyStart = at - _options.HistoryDepth;
        return _oldest[pool] > historyStart ? _oldest[pool] : historyStart;
    }

    // The queue serves the plan in order: the run's hour first, then each hour's budget at the top of the hour.
    private DateTimeOffset SlotTime(DateTimeOffset run, int slot)
    {
        var first = _options.ReadsInRunHour;
        return slot < first ? run : QuotaWindow.HourStart(run).AddHours(1 + ((slot - first) / _options.ReadsPerHour));
    }
}
