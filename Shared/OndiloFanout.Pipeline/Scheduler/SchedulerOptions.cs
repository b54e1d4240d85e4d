using OndiloFanout.Contracts;
using OndiloFanout.Domain.Collection;
using OndiloFanout.Domain.Pools;
using OndiloFanout.Domain.Ports;

namespace OndiloFanout.Pipeline.Scheduler;

/// <summary>What the scheduler collects.</summary>
public sealed record SchedulerOptions
{
    /// <summary>Measure types to collect; default all (each pool gets salt or TDS, not both).</summary>
    public IReadOnlyList<string> MeasureTypes { get; init; } = MeasureType.All;
    /// <summary>Where each run writes the pools it listed; null (default) writes no snapshot.</summary>
    public IPoolSnapshotSink? PoolSnapshots { get; init; }
    /// <summary>Read each pool's thresholds on its weekly day for the snapshot (one API call); default off.</summary>
    public bool ReadPoolThresholds { get; init; }
    /// <summary>The budget a daily run's read plan spends; default the usual hourly budget, every measure type.</summary>
    public ReadPlanOptions Reads { get; init; } = ReadPlanOptions.For(QuotaLimits.DefaultCallsPerHour, MeasureType.All);
}
