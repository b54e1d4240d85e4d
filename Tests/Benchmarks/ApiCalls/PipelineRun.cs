namespace OndiloFanout.Benchmarks.ApiCalls;

/// <summary>One run of the embedded pipeline (scheduler → in-process queue → fetcher → local lake) on the simulator.</summary>
public sealed record PipelineRun
{
    /// <summary><c>daily</c> (yesterday) or <c>month</c> (the last 30 days).</summary>
    public required string Scenario { get; init; }
    public required int Pools { get; init; }
    /// <summary>Requests the simulator counted (API and OAuth, refused ones included).</summary>
    public required int SimulatorRequests { get; init; }
    /// <summary>Calls the collector counted through its quota gate.</summary>
    public required int GateCalls { get; init; }
    public required int DeviceDaysCollected { get; init; }
    public required int DeviceDaysPartial { get; init; }
    public required int Records { get; init; }
    public required int Deferrals { get; init; }
    public required int DeadLettered { get; init; }
    /// <summary>Time the fast clock skipped waiting for quota hours.</summary>
    public required double SimulatedWaitHours { get; init; }
    public required double WallSeconds { get; init; }
    public required double CpuSeconds { get; init; }

    /// <summary>What a daily run costs per pool: in the steady state each daily run adds one device-day per pool.</summary>
    public double CallsPerPool => (double)SimulatorRequests / Pools;

    public double CallsPerDeviceDay => DeviceDaysCollected == 0 ? 0 : (double)SimulatorRequests / DeviceDaysCollected;
}
