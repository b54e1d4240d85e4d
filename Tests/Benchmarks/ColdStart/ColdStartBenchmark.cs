using Ondilo.Simulator;
using OndiloFanout.Ondilo;

namespace OndiloFanout.Benchmarks.ColdStart;

/// <summary>
/// Cold starts of both functions as processes, Native AOT and JIT alternated (AOT, JIT, AOT, JIT ...) so that both
/// see the same machine load; against a local Runtime API, the SQS/DynamoDB emulators, the Firehose/Secrets Manager
/// stub and the Ondilo simulator (quota off: the runs would spend more than an hour's 30 calls; pacing stays on).
/// </summary>
internal sealed class ColdStartBenchmark(BenchmarkOptions options, TextWriter log, TimeProvider time)
{
    private static readonly string[] Functions = ["scheduler", "device-fetcher"];

    public async Task<ColdStartResults> RunAsync(CancellationToken cancellationToken)
    {
        var builds = Functions
            .SelectMany(f => new[] { FunctionBuild.FindAot(options.AotDirectory, f), FunctionBuild.FindJit(options.JitDirectory, f) })
            .OfType<FunctionBuild>()
            .ToArray();
        var missing = Functions.SelectMany(f => new[] { FunctionBuild.Aot, FunctionBuild.Jit }.Select(k => (f, k)))
            .Where(fk => !builds.Any(b => b.Function == fk.f && b.Kind == fk.k))
            .Select(fk => $"{fk.k} {fk.f}")
            .ToArray();
        if (missing.Length > 0 && !options.Smoke)
        {
            throw new InvalidOperationException($"Not built: {string.Join(", ", missing)} (run-benchmarks.sh builds them).");
        }

        await using var simulator = await OndiloSimulatorHost.StartAsync(new SimulatorOptions { Pools = 1, QuotaEnabled = false }, time, cancellationToken);
        var minted = simulator.IssueToken();
        var token = new OndiloToken { AccessToken = minted.AccessToken, RefreshToken = minted.RefreshToken, ExpiresAt = time.GetUtcNow().AddSeconds(minted.ExpiresIn), Scope = "api" };
        await using var aws = await LocalAws.StartAsync(OndiloTokenFormat.Serialize(token), cancellationToken);
        var runner = new FunctionRunner(aws, simulator, time);
        var pool = simulator.Account.Pools[0];
        var yesterday = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime).AddDays(-1);
        var events = new Dictionary<string, string>
        {
            ["scheduler"] = "{}",
            ["device-fetcher"] = FetcherEvent.MonthBatch(pool.Id, simulator.Account.TypesOf(pool.Id), yesterday, 10),
        };

        if (!options.Smoke)
        {
            // One discarded run of each first: every later run then starts with the binaries in the page cache.
            foreach (var build in builds)
            {
                await runner.RunOnceAsync(build, events[build.Function], cancellationToken);
            }
        }

        var samples = new List<ColdStartSample>();
        for (var round = 1; round <= options.ColdStartRounds; round++)
        {
            foreach (var build in builds)
            {
                var sample = await runner.RunOnceAsync(build, events[build.Function], cancellationToken);
                log.WriteLine($"  cold start {round}/{options.ColdStartRounds} {build.Kind} {build.Function}: init {sample.InitMs:F0} ms, first response {sample.FirstResponseMs:F0} ms, peak RSS {sample.PeakRssMb:F1} MB");
                samples.Add(sample);
            }
        }

        return new ColdStartResults { Samples = samples, Missing = missing };
    }
}
