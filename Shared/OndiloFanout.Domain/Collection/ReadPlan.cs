namespace OndiloFanout.Domain.Collection;

/// <summary>
/// Which pools a daily run reads, and what the quota gives: the interval at which every pool is read, how far behind
/// real time the lake can be, and the history that the budget cannot save. The figures after <see cref="Reads"/> are
/// projected over <see cref="ReadPlanOptions.ProjectionDays"/> daily runs, assuming each day's reads are served in
/// order as fast as the budget lets them.
/// </summary>
public sealed record ReadPlan
{
    /// <summary>The pools the plan was made for.</summary>
    public required int Pools { get; init; }

    /// <summary>The pools to read now, most urgent first; the others cost nothing and enqueue nothing.</summary>
    public required IReadOnlyList<PoolRead> Reads { get; init; }

    /// <summary>API calls the reads take (the token refreshes and the retry reserve are on top).</summary>
    public required int CallsPlanned { get; init; }

    /// <summary>Reads a day can hold: see <see cref="ReadPlanOptions.ReadsPerDay"/>.</summary>
    public required int ReadsPerDay { get; init; }

    /// <summary>Pools the budget archives completely: read every <see cref="ReadPlanOptions.MaxIntervalDays"/> days.</summary>
    public required int MaxPools { get; init; }

    /// <summary>Every pool is read at least every this many days once the lake has caught up (1: daily).</summary>
    public required int ReadIntervalDays { get; init; }

    /// <summary>
    /// Days from today's UTC day back to the newest complete day of the least fresh pool (1: yesterday is complete);
    /// a pool with no complete day counts from the day before the history's start.
    /// </summary>
    public required int LagDays { get; init; }

    /// <summary>The most <see cref="LagDays"/> reaches, at any time, over the projection.</summary>
    public required int LagBoundDays { get; init; }

    /// <summary>Daily runs until every pool is read within its interval and nothing more is lost; <c>null</c>: not within the projection.</summary>
    public required int? CatchUpDays { get; init; }

    /// <summary>
    /// When the oldest uncollected hour of any pool leaves the API's history (now on an empty lake); <c>null</c> without
    /// pools. What an alarm watches: a pool whose history is about to go unread.
    /// </summary>
    public required DateTimeOffset? FirstExpiry { get; init; }

    /// <summary>Pool-hours of history that leave the API before their pool's read, over the projection: the physical loss.</summary>
    public required TimeSpan HistoryLost { get; init; }
}
