using System.Diagnostics;
using OndiloFanout.Contracts;
using OndiloFanout.Local.Run;

namespace OndiloFanout.Benchmarks.ApiCalls;

/// <summary>Runs <see cref="LocalPipeline"/> as <c>ondilo-fanout run --simulate</c> does, into a scratch lake, and measures it.</summary>
internal sealed class PipelineRunner(string scratchDirectory, TimeProvider time)
{
    /// <summary>
    /// One measured run: <c>month</c> (the last 30 days) on a fresh lake, or <c>daily</c> (yesterday) in the steady state —
    /// on a lake that a month backfill filled the day before (quota off, not measured), so the daily run adds yesterday
    /// and has no older gap to heal.
    /// <paramref name="quota"/>: the simulator enforces 30/h and 5/s and the collector keeps its default budget of 20/h;
    /// calls are then spaced 210 ms in real time instead of 1.25 s (still under 5/s; only the wall time changes, not
    /// the calls). Without quota: no budget, no pacing, to measure throughput.
    /// </summary>
    public async Task<PipelineRun> RunAsync(string scenario, int pools, bool quota, CancellationToken cancellationToken)
    {
        var lake = Path.Combine(scratchDirectory, $"lake-{scenario}-{pools}-{Guid.NewGuid():N}");
        var month = SchedulerPayload.Build(true, null, null, null, null, force: false, dryRun: false);
        var options = Options(scenario == "month" ? month : SchedulerPayload.Build(false, null, null, null, null, force: false, dryRun: false), lake, pools, quota);
        // Both runs of the daily scenario start their simulated clocks the same time behind their real clocks, a day apart.
        options = options with { SimulatedLead = SimulatedLead.For(options) };
        if (scenario == "daily")
        {
            var dayBefore = new ShiftedTimeProvider(time, TimeSpan.FromDays(-1));
            await new LocalPipeline(Options(month, lake, pools, quota: false) with { SimulatedLead = options.SimulatedLead }, new Progress<PipelineProgress>(), dayBefore).RunAsync(cancellationToken);
        }

        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var summary = await new LocalPipeline(options, new Progress<PipelineProgress>(), time).RunAsync(cancellationToken);
        var wall = clock.Elapsed;
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuBefore;
        Directory.Delete(lake, recursive: true);
        return new PipelineRun
        {
            Scenario = scenario,
            Pools = pools,
            SimulatorRequests = summary.SimulatorRequests ?? 0,
            GateCalls = summary.ApiCalls,
            DeviceDaysCollected = summary.DeviceDaysCollected,
            DeviceDaysPartial = summary.DeviceDaysPartial,
            Records = summary.Records,
            Deferrals = summary.Deferrals,
            DeadLettered = summary.DeadLettered,
            SimulatedWaitHours = summary.SimulatedWaitMs / 3_600_000.0,
            WallSeconds = wall.TotalSeconds,
            CpuSeconds = cpu.TotalSeconds,
        };
    }

    private static RunOptions Options(string payload, string lake, int pools, bool quota) => new()
    {
        Payload = payload,
        OutputDirectory = lake,
        Simulate = true,
        SimulatePools = pools,
        SimulateQuota = quota,
        MinimumCallInterval = quota ? TimeSpan.FromMilliseconds(210) : TimeSpan.Zero,
        CallsPerHour = quota ? QuotaLimits.DefaultCallsPerHour : 10_000_000,
    };
}
