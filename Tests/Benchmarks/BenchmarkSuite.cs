using System.Diagnostics;
using OndiloFanout.Benchmarks.ApiCalls;
using OndiloFanout.Benchmarks.ColdStart;
using OndiloFanout.Benchmarks.Measuring;
using OndiloFanout.Benchmarks.Reporting;
using OndiloFanout.Benchmarks.Throughput;

namespace OndiloFanout.Benchmarks;

/// <summary>Runs the benchmarks one after the other (never in parallel: they would measure each other) and renders the report.</summary>
public sealed class BenchmarkSuite(BenchmarkOptions options, TextWriter log, TimeProvider time)
{
    public async Task<string> RunAsync(CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(time);
        var clock = Stopwatch.StartNew();
        var startedAt = time.GetUtcNow();
        Directory.CreateDirectory(options.ScratchDirectory);
        var machine = await MachineInfo.ReadAsync(cancellationToken);

        await log.WriteLineAsync("Cold starts (AOT and JIT alternated)...");
        var coldStarts = await new ColdStartBenchmark(options, log, time).RunAsync(cancellationToken);

        await log.WriteLineAsync("API calls per device-day (simulator with quota, default budget)...");
        var pipeline = new PipelineRunner(options.ScratchDirectory, time);
        var apiRuns = new List<PipelineRun>();
        foreach (var scenario in new[] { "daily", "month" })
        {
            foreach (var pools in options.PoolCounts)
            {
                var run = await pipeline.RunAsync(scenario, pools, quota: true, cancellationToken);
                await log.WriteLineAsync($"  {scenario} {pools} pools: {run.SimulatorRequests} requests, {run.DeviceDaysCollected} device-days, {run.SimulatedWaitHours:F1} h of quota waits");
                apiRuns.Add(run);
            }
        }

        var today = DateOnly.FromDateTime(startedAt.UtcDateTime);
        var dayWindowRuns = new List<DayWindowRun>();
        foreach (var pools in options.PoolCounts)
        {
            dayWindowRuns.Add(await DayWindowReplay.RunAsync(pools, today, cancellationToken));
        }

        await log.WriteLineAsync($"Throughput, quota off, {options.ThroughputPools} pools x 30 days...");
        var fetcherOnly = new FetcherOnlyRunner(options.ScratchDirectory, time);
        var throughput = new List<ThroughputRun>();
        for (var i = 1; i <= options.ThroughputRuns; i++)
        {
            var whole = await pipeline.RunAsync("month", options.ThroughputPools, quota: false, cancellationToken);
            throughput.Add(new ThroughputRun { Path = "pipeline", Pools = whole.Pools, DeviceDays = whole.DeviceDaysCollected, Records = whole.Records, ApiCalls = whole.SimulatorRequests, WallSeconds = whole.WallSeconds, CpuSeconds = whole.CpuSeconds });
            throughput.Add(await fetcherOnly.RunAsync(options.ThroughputPools, cancellationToken));
            await log.WriteLineAsync($"  run {i}: pipeline {throughput[^2].DeviceDaysPerSecond:F0} device-days/s, fetcher alone {throughput[^1].DeviceDaysPerSecond:F0} device-days/s");
        }

        var report = new BenchmarkReport
        {
            Machine = machine,
            StartedAt = startedAt,
            TotalMinutes = clock.Elapsed.TotalMinutes,
            LoadAverageAtEnd = MachineInfo.ReadLoadAverage(),
            ColdStarts = coldStarts,
            ApiRuns = apiRuns,
            DayWindowRuns = dayWindowRuns,
            ThroughputRuns = throughput,
        };
        return MarkdownReport.Render(report, options);
    }
}
