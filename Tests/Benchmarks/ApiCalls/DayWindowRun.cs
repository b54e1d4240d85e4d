namespace OndiloFanout.Benchmarks.ApiCalls;

/// <summary>
/// The original Python project's daily run, replayed against the simulator: at 01:00 UTC refresh the token, list
/// the pools, read the <c>day</c> window of each measure type of each pool; compared with the simulator's ground truth.
/// </summary>
public sealed record DayWindowRun
{
    public required int Pools { get; init; }
    /// <summary>Requests of one run, counted by the simulator.</summary>
    public required int RequestsPerRun { get; init; }
    /// <summary>Measures of yesterday in the ground truth, all pools and types.</summary>
    public required int YesterdayTruth { get; init; }
    /// <summary>Of those, the ones one run at 01:00 does not return (yesterday 00:00–01:00 is outside its window).</summary>
    public required int MissedByOneRun { get; init; }
    /// <summary>Of those, the ones neither that run nor the run of the day before returns (uploaded after the earlier run read).</summary>
    public required int MissedByTwoRuns { get; init; }
    /// <summary>Requests of one run with the API's quota on: after 30 in the hour every call is refused.</summary>
    public required int RefusedWithQuota { get; init; }
    /// <summary>Pools whose six reads all succeeded in one run with the quota on.</summary>
    public required int PoolsReadWithQuota { get; init; }

    /// <summary>Measure-hours of yesterday lost per device-day (one measure per type per hour).</summary>
    public double MissedHoursOneRun(int types) => (double)MissedByOneRun / types / Pools;

    public double MissedHoursTwoRuns(int types) => (double)MissedByTwoRuns / types / Pools;
}
