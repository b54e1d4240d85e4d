using OndiloFanout.Benchmarks.ApiCalls;
using OndiloFanout.Benchmarks.ColdStart;
using OndiloFanout.Benchmarks.Measuring;
using OndiloFanout.Benchmarks.Throughput;

namespace OndiloFanout.Benchmarks;

/// <summary>Everything one run of the suite measured.</summary>
public sealed record BenchmarkReport
{
    public required MachineInfo Machine { get; init; }
    public required DateTimeOffset StartedAt { get; init; }
    public required double TotalMinutes { get; init; }
    /// <summary>The 1/5/15-minute load averages when the run ended.</summary>
    public required string LoadAverageAtEnd { get; init; }
    public required ColdStartResults ColdStarts { get; init; }
    public required IReadOnlyList<PipelineRun> ApiRuns { get; init; }
    public required IReadOnlyList<DayWindowRun> DayWindowRuns { get; init; }
    public required IReadOnlyList<ThroughputRun> ThroughputRuns { get; init; }
}
