namespace OndiloFanout.Domain.Collection;

/// <summary>
/// Decides which pools a daily run reads so that one account's budget serves many pools. A day holds
/// <see cref="ReadPlanOptions.ReadsPerDay"/> reads; every pool is read every <c>k</c> days, the least <c>k</c> that
/// fits (1, daily, while every pool fits in a day), with the window that reaches back to its oldest uncollected day:
/// one read costs the same calls whatever its window, and a <c>month</c> window read every 28 days misses no hour.
/// A pool is due when it is <c>k</c> + 1 days behind, or when the next run might come too late for its oldest
/// uncollected hour; due pools are read most urgent first (the one whose history leaves the API soonest), as many as
/// the day holds. On an empty lake every pool is due at once: the reads are spread over the days it takes, and the
/// hours that leave the API meanwhile are reported as lost.
/// </summary>
public static class ReadPlanner
{
    /// <summary>Plans the run at <paramref name="now"/> for <paramref name="pools"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The budget cannot hold a single read a day.</exception>
    public static ReadPlan Plan(IReadOnlyList<PoolProgress> pools, ReadPlanOptions options, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(pools);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.CallsPerRead, 1, nameof(options));
        var perDay = options.ReadsPerDay;
        if (perDay < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), $"A budget of {options.CallsPerHour} calls an hour cannot hold one read of {options.CallsPerRead} calls with its token refresh.");
        }

        var interval = Math.Max(1, (pools.Count + perDay - 1) / perDay);
        var projection = new ReadProjection(pools, options, interval);
        var lag = projection.LagAt(now);
        var (today, behind) = projection.Run(now);
        var lost = today.Aggregate(TimeSpan.Zero, (sum, read) => sum + read.Lost);
        int? catchUp = behind ? 1 : 0;
        for (var day = 1; day < options.ProjectionDays; day++)
        {
            var (reads, late) = projection.Run(now.AddDays(day));
            lost = reads.Aggregate(lost, (sum, read) => sum + read.Lost);
            catchUp = late ? day + 1 : catchUp;
        }

        projection.LagAt(now.AddDays(options.ProjectionDays));
        return new ReadPlan
        {
            Pools = pools.Count,
            Reads = today.Select(read => new PoolRead(pools[read.Pool].PoolId, HistoryWindow.SmallestCovering(UtcDay.Of(pools[read.Pool].OldestUncollected), now), read.Lost)).ToArray(),
            CallsPlanned = today.Count * options.CallsPerRead,
            ReadsPerDay = perDay,
            MaxPools = perDay * options.MaxIntervalDays,
            ReadIntervalDays = interval,
            LagDays = lag,
            LagBoundDays = projection.MaxLag,
            CatchUpDays = catchUp == options.ProjectionDays ? null : catchUp,
            FirstExpiry = pools.Count == 0 ? null : pools.Min(p => p.OldestUncollected) + options.HistoryDepth,
            HistoryLost = lost,
        };
    }
}
