using OndiloFanout.Domain.Collection;

namespace OndiloFanout.Tests.Reliability;

/// <summary>What a <see cref="ReadPlanModel"/> run measured: the figures of the read-plan table, and every broken promise.</summary>
internal sealed record ReadPlanOutcome
{
    public required int Pools { get; init; }
    /// <summary>The first run's plan: reads a day, interval, catch-up and the loss it projected.</summary>
    public required ReadPlan FirstPlan { get; init; }
    public required int MostCallsInADay { get; init; }
    /// <summary>Mean calls of the whole UTC days in the steady state: from the first plan's catch-up on (or one interval).</summary>
    public required double SteadyCallsPerDay { get; init; }
    /// <summary>The longest interval between two reads of a pool in the steady state, in daily runs.</summary>
    public required int SteadyLongestInterval { get; init; }
    /// <summary>The largest lag seen at any hour, overall and in the steady state.</summary>
    public required int WorstLag { get; init; }
    public required int SteadyWorstLag { get; init; }
    /// <summary>The last plan's bound on the lag.</summary>
    public required int LagBoundDays { get; init; }
    /// <summary>History no read could reach any more, summed over pools.</summary>
    public required TimeSpan HistoryLost { get; init; }
    /// <summary>Measures (of the modelled type) the API had after the first run's reach that are gone and not in the lake.</summary>
    public required int MeasuresLost { get; init; }
    public required IReadOnlyList<string> Problems { get; init; }
}
