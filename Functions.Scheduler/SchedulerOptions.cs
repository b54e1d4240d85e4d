using OndiloFanout.Ondilo;

namespace OndiloFanout.Functions.Scheduler;

/// <summary>What the scheduler collects.</summary>
internal sealed record SchedulerOptions
{
    /// <summary>Measure types to collect; default all (each pool gets salt or TDS, not both).</summary>
    public IReadOnlyList<string> MeasureTypes { get; init; } = MeasureType.All;
}
