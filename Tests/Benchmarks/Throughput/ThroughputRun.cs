namespace OndiloFanout.Benchmarks.Throughput;

/// <summary>One throughput measurement with the quota off: the simulator serves as fast as it can, no pacing.</summary>
public sealed record ThroughputRun
{
    /// <summary><c>pipeline</c> (scheduler, queue, fetcher, lake) or <c>fetcher</c> (draining an already filled queue).</summary>
    public required string Path { get; init; }
    public required int Pools { get; init; }
    public required int DeviceDays { get; init; }
    public required int Records { get; init; }
    public required int ApiCalls { get; init; }
    public required double WallSeconds { get; init; }
    /// <summary>CPU time of this process over the run (simulator included: it runs in-process).</summary>
    public required double CpuSeconds { get; init; }

    public double DeviceDaysPerSecond => DeviceDays / WallSeconds;

    public double RecordsPerSecond => Records / WallSeconds;

    public double CpuMsPerDeviceDay => DeviceDays == 0 ? 0 : CpuSeconds * 1000 / DeviceDays;
}
