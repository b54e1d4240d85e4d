using OndiloFanout.Pipeline.Scheduler;

namespace OndiloFanout.Tests.Reliability;

/// <summary>What a <see cref="ReadPlanPipeline"/> run measured: the figures of the read-plan table, and every broken promise.</summary>
internal sealed record ReadPlanPipelineOutcome
{
    public required int Pools { get; init; }
    public required int CallsPerRead { get; init; }
    /// <summary>What the first run's plan gave: reads a day, interval, catch-up, the loss it projected.</summary>
    public required ReadPlanSummary FirstPlan { get; init; }
    /// <summary>Mean API calls of the whole UTC days in the steady state (from the first plan's catch-up on), and the most of any day.</summary>
    public required double SteadyCallsPerDay { get; init; }
    public required int MostCallsInADay { get; init; }
    public required int MostCallsInAnHour { get; init; }
    /// <summary>The longest time between two reads of a pool in the steady state, in days.</summary>
    public required int SteadyLongestInterval { get; init; }
    /// <summary>The largest lag any run reported, in the steady state and overall, and the largest bound any plan gave.</summary>
    public required int SteadyWorstLag { get; init; }
    public required int WorstLag { get; init; }
    public required int LagBound { get; init; }
    /// <summary>Pool-hours measured after the first run's reach that are gone from the API and not in the lake.</summary>
    public required int HoursLost { get; init; }
    /// <summary>Of <see cref="HoursLost"/>, those after the pool's first hour in the lake: lost after its first read.</summary>
    public required int HoursLostAfterFirstRead { get; init; }
    /// <summary>Pools that lost any hour.</summary>
    public required int PoolsLosing { get; init; }
    public required int Deferrals { get; init; }
    public required IReadOnlyList<string> Problems { get; init; }
}
