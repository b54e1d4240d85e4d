using System.Diagnostics;
using Ondilo.Simulator;
using OndiloFanout.Domain.Collection;
using OndiloFanout.Domain.Pools;
using OndiloFanout.Local;
using OndiloFanout.Local.Run;
using OndiloFanout.Ondilo;
using OndiloFanout.Pipeline.Composition;

namespace OndiloFanout.Benchmarks.Throughput;

/// <summary>
/// The fetcher alone: the queue is filled up front with a month backfill's messages (30 per pool, <c>month</c>
/// window, as the scheduler would plan them), then only the draining through the fetcher into the local lake is timed.
/// </summary>
internal sealed class FetcherOnlyRunner(string scratchDirectory, TimeProvider startTime)
{
    public async Task<ThroughputRun> RunAsync(int pools, CancellationToken cancellationToken)
    {
        var root = Path.Combine(scratchDirectory, $"fetcher-{pools}-{Guid.NewGuid():N}");
        var time = new FastForwardTimeProvider(startTime);
        await using var simulator = await OndiloSimulatorHost.StartAsync(new SimulatorOptions { Pools = pools, QuotaEnabled = false }, time, cancellationToken);
        var minted = simulator.IssueToken();
        var tokens = new FileTokenStore(Path.Combine(root, "token.json"));
        await tokens.SaveAsync(new OndiloToken { AccessToken = minted.AccessToken, RefreshToken = minted.RefreshToken, ExpiresAt = time.GetUtcNow().AddSeconds(minted.ExpiresIn), Scope = "api" }, cancellationToken);
        using var state = new FileStateStore(Path.Combine(root, "state"), time, callsPerHour: 10_000_000);
        var queue = new InProcessWorkQueue(time, new InProcessQueueOptions());
        using var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        using var pipeline = new PipelineComposer(new PipelineSeams
        {
            Time = time,
            Queue = queue,
            State = state,
            Sink = new LocalFolderSink(root, time),
            Tokens = tokens,
            Http = http,
            Api = new OndiloClientOptions { BaseUri = simulator.BaseUri },
            CallInterval = TimeSpan.Zero,
        });
        var yesterday = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime).AddDays(-1);
        foreach (var pool in simulator.Account.Pools)
        {
            var types = simulator.Account.TypesOf(pool.Id);
            await queue.SendAsync(
                Enumerable.Range(0, 30).Select(i => new WorkMessage { Version = WorkMessage.CurrentVersion, RunId = "benchmark", PoolId = pool.Id, PoolName = pool.Name, Day = yesterday.AddDays(-i), Types = types, Window = MeasurePeriod.Month }).ToArray(),
                cancellationToken);
        }

        var fetcher = pipeline.CreateFetcher();
        var tally = new FetchTally();
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        await new LocalEventSource(queue, fetcher, new FastPipelineClock(time)).DrainAsync(tally, () => { }, cancellationToken);
        var wall = clock.Elapsed;
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuBefore;
        Directory.Delete(root, recursive: true);
        return new ThroughputRun
        {
            Path = "fetcher",
            Pools = pools,
            DeviceDays = tally.DaysWritten,
            Records = tally.Records,
            ApiCalls = pipeline.ApiCalls,
            WallSeconds = wall.TotalSeconds,
            CpuSeconds = cpu.TotalSeconds,
        };
    }
}
