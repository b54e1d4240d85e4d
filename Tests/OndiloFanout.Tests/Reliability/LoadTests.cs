using System.Diagnostics;
using Ondilo.Simulator;
using Xunit;
using Xunit.Abstractions;

namespace OndiloFanout.Tests.Reliability;

/// <summary>
/// Many pools × 30 days through the embedded pipeline with 10 % faults and the quota on, on the fast clock.
/// CI runs 20 pools (600 device-days, well under a minute); set <c>ONDILO_FANOUT_LOAD_POOLS=1000</c> for the full 30,000
/// (about 15 minutes on two busy cores; the figures are in RELIABILITY.md).
/// </summary>
[Collection(MeasuredAloneCollection.Name)]
public sealed class LoadTests(ITestOutputHelper output)
{
    private const string PoolsVariable = "ONDILO_FANOUT_LOAD_POOLS";
    private const int CiPools = 20;
    private const int BatchesPerSample = 20;

    [Fact]
    public async Task Run_ManyPoolsMonthWithFaultsAndQuota_EverythingCollectedOrDeadLetteredWithFlatMemory()
    {
        var pools = int.TryParse(Environment.GetEnvironmentVariable(PoolsVariable), out var wanted) && wanted > 0 ? wanted : CiPools;
        await using var rig = await ReliabilityRig.StartAsync(new RigOptions
        {
            // The API's own quota sits just under our budget, so both the budget and the API's 400 stop the run each hour.
            Simulator = new SimulatorOptions { Pools = pools, FaultRate = 0.1, CallsPerHour = 2 * pools, Seed = 7 },
            CallsPerHour = (2 * pools) + 10,
        });
        var stopwatch = Stopwatch.StartNew();
        var plan = await rig.ScheduleAsync("""{"month":true}""");
        var samples = new List<(long Managed, long WorkingSet)>();
        var batches = 0;

        await rig.DrainAsync(() =>
        {
            if (++batches % BatchesPerSample == 1)
            {
                samples.Add((GC.GetTotalMemory(forceFullCollection: true), Environment.WorkingSet));
            }
        });
        stopwatch.Stop();
        var audit = await rig.AuditLakeAsync(plan);

        output.WriteLine($"{pools} pools, {plan.Planned} device-days planned, {batches} batches, {rig.Tally.Handled} messages handled");
        output.WriteLine($"runtime {stopwatch.Elapsed.TotalSeconds:0.0} s, simulated time {(rig.Time.GetUtcNow() - RigOptions.DefaultStart).TotalHours:0.0} h, API requests {rig.Simulator.RequestCount}");
        output.WriteLine($"retries {rig.Tally.Retries}, deferrals {rig.Tally.Deferrals}, {audit}");
        Assert.True(samples.Count >= 2, $"only {samples.Count} memory samples");
        output.WriteLine($"{samples.Count} memory samples; managed MB first {samples[0].Managed >> 20}, min {samples.Min(s => s.Managed) >> 20}, max {samples.Max(s => s.Managed) >> 20}, last {samples[^1].Managed >> 20}");
        output.WriteLine($"working set MB first {samples[0].WorkingSet >> 20}, min {samples.Min(s => s.WorkingSet) >> 20}, max {samples.Max(s => s.WorkingSet) >> 20}, last {samples[^1].WorkingSet >> 20}");
        Assert.True(audit.Problems.Count == 0, audit.ToString());
        Assert.Equal(pools * 30, audit.Complete + audit.Closed + audit.DeadLettered + audit.Refused);
        Assert.True(rig.Tally.Retries > 0 && rig.Tally.Deferrals > 0, "the faults or the quota never bit");
        // Flat: after the first sample (the queue at its fullest) the managed heap never grows by more than 32 MiB.
        Assert.True(samples.Max(s => s.Managed) - samples[0].Managed < 32L << 20, "managed memory grew during the run");
    }
}
