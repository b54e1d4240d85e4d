using OndiloFanout.Domain.Pools;

namespace OndiloFanout.Domain.Collection;

/// <summary>
/// The quota a read plan spends and the margin it keeps. A day's reads are packed as the shared hourly budget lets
/// them through: each hour one call goes to the token refresh (an access token lasts an hour), the run's own hour also
/// pays the scheduler's pool list, and a read takes <see cref="CallsPerRead"/> calls at once or waits for the next hour.
/// Of the reads that fit in a day, <see cref="RetryReservePercent"/> is kept unplanned for reads that fail part-way and run
/// again (their calls are spent) and for a refresh after a 401.
/// </summary>
public sealed record ReadPlanOptions
{
    /// <summary>Calls the scheduler spends in its run's hour: the pool list (its token refresh is the hour's refresh).</summary>
    public const int SchedulerCallsPerRun = 1;

    /// <summary>
    /// The most reads a day's plan holds: a budget far above the API's (one that turns the quota off in a test or a
    /// benchmark) must not overflow the day's reads, nor the pools they archive.
    /// </summary>
    public const int MostReadsPerDay = 10_000_000;

    /// <summary>The shared budget per hour.</summary>
    public required int CallsPerHour { get; init; }

    /// <summary>Calls one pool read takes: one per measure type; default every type's (6).</summary>
    public int CallsPerRead { get; init; } = MeasureType.CallsPerRead(MeasureType.All);

    /// <summary>
    /// Threshold reads the scheduler makes in its run's hour (one call per pool, on the pool's weekly day or in a month
    /// backfill) before the pools' reads start: they come out of that hour's budget, and never more than it (the scheduler
    /// skips the rest when the hour's budget is spent). Taken as the same every day of the projection; default 0.
    /// </summary>
    public int ThresholdCalls { get; init; }

    /// <summary>The share of a day's reads left unplanned for retries, in percent; default 10.</summary>
    public int RetryReservePercent { get; init; } = 10;

    /// <summary>How many daily runs ahead the plan looks for the history it will lose and the lag; default 60.</summary>
    public int ProjectionDays { get; init; } = 60;

    /// <summary>The API's history; default <see cref="HistoryWindow.Depth"/>.</summary>
    public TimeSpan HistoryDepth { get; init; } = HistoryWindow.Depth;

    /// <summary>
    /// The plan for a budget and the measure types collected: a read costs a call per type its pool collects (salt pools
    /// read salt, the others TDS), so the dearer of the two.
    /// </summary>
    public static ReadPlanOptions For(int callsPerHour, IReadOnlyList<string> measureTypes) => new()
    {
        CallsPerHour = callsPerHour,
        CallsPerRead = MeasureType.CallsPerRead(measureTypes),
    };

    /// <summary>Reads that fit in the run's hour, after the scheduler's calls (the pool list, the threshold reads) and the hour's token refresh.</summary>
    public int ReadsInRunHour => Math.Max(0, (CallsPerHour - SchedulerCallsPerRun - ThresholdCalls - 1) / CallsPerRead);

    /// <summary>Reads that fit in any other hour, after its token refresh.</summary>
    public int ReadsPerHour => Math.Max(0, (CallsPerHour - 1) / CallsPerRead);

    /// <summary>
    /// Reads a day's plan may hold: those that fit in the 24 hours after a run, less the retry reserve; at most
    /// <see cref="MostReadsPerDay"/>.
    /// </summary>
    public int ReadsPerDay => (int)Math.Min(MostReadsPerDay, (ReadsInRunHour + (23L * ReadsPerHour)) * (100 - RetryReservePercent) / 100);

    /// <summary>
    /// The longest interval between two reads of a pool that loses nothing: a read may come up to a day after its run,
    /// and the next one's window must still reach back to the day of the first (28 days for a 30-day history).
    /// </summary>
    public int MaxIntervalDays => (int)HistoryDepth.TotalDays - 2;
}
