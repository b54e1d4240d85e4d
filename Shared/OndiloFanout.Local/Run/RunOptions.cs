using OndiloFanout.Contracts;
using OndiloFanout.Domain.Collection;

namespace OndiloFanout.Local.Run;

/// <summary>What <c>ondilo-fanout run</c> was asked to do.</summary>
public sealed record RunOptions
{
    /// <summary>The scheduler's input, built from the command line (see <see cref="SchedulerPayload"/>).</summary>
    public required string Payload { get; init; }
    /// <summary>The data lake folder; state and token live in its <c>.ondilo-fanout</c> subfolder.</summary>
    public required string OutputDirectory { get; init; }
    /// <summary>Plan and report only: the payload asks the scheduler for a dry run, and the run writes nothing at all.</summary>
    public bool DryRun { get; init; }
    public int CallsPerHour { get; init; } = QuotaLimits.DefaultCallsPerHour;
    /// <summary>Start the simulator on loopback instead of calling a real API.</summary>
    public bool Simulate { get; init; }
    public int SimulatePools { get; init; } = 3;
    public double SimulateFaults { get; init; }
    public int SimulateSeed { get; init; } = 1;
    /// <summary>Host root of a real or foreign API (ignored with <see cref="Simulate"/>).</summary>
    public Uri? ApiUrl { get; init; }
    /// <summary>The token file for a real API.</summary>
    public string? TokenFile { get; init; }
    /// <summary>The least time between two API calls (the API allows 5 per second); waited on the pipeline's clock.</summary>
    public TimeSpan MinimumCallInterval { get; init; } = CallPacing.DefaultInterval;
    /// <summary>Read each pool's thresholds on its weekly day into the pool snapshot (one API call per pool and week).</summary>
    public bool PoolThresholds { get; init; }
    /// <summary>
    /// How far behind the real now a simulated run's clock starts; null (the default) estimates it from the run's work
    /// (see <see cref="SimulatedLead"/>). The benchmarks give two runs of one lake the same lead, a day apart.
    /// </summary>
    public TimeSpan? SimulatedLead { get; init; }
    /// <summary>Whether the simulator enforces the API's quota (default true); only the benchmarks turn it off.</summary>
    public bool SimulateQuota { get; init; } = true;
}
