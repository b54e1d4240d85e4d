using Ondilo.Simulator;
using OndiloFanout.Cloud;
using OndiloFanout.Cloud.Firehose;
using OndiloFanout.Contracts;
using OndiloFanout.Domain.Collection;
using OndiloFanout.Domain.Retries;
using OndiloFanout.Local;
using OndiloFanout.Tests.TestDoubles;
using Xunit;

namespace OndiloFanout.Tests.Reliability;

/// <summary>The other side failing: the sink refusing records or dying mid-write, and the queue delivering twice.</summary>
public sealed class DeliveryFaultTests
{
    private const string Month = """{"month":true}""";

    [Fact]
    public async Task Run_FirehosePartialFailuresAndThrottling_EveryRecordOnceInTheLake()
    {
        // Every 4th call throttled, every 3rd record refused; calls 10–16 are all throttled: a burst longer than the
        // client's five attempts fails that write, and the message is retried later.
        await using var firehose = await ReliabilityFirehoseServer.StartAsync(ReliabilityFirehoseFaults.Burst);
        using var http = new HttpClient();
        var noWait = new Backoff { NextJitter = () => 0 };
        await using var rig = await ReliabilityRig.StartAsync(new RigOptions
        {
            Sink = (time, _) => new FirehoseRecordSink(
                new FirehoseClient(AwsTestClients.Create(http, firehose.Endpoint, AwsServiceDescriptor.Firehose, time, noWait)),
                "ondilo-fanout-test",
                time,
                new FirehoseRecordSinkOptions { Retry = noWait }),
        });

        var plan = await rig.ScheduleAsync(Month);
        await rig.DrainAsync();
        var audit = await rig.AuditAsync(plan, firehose.Delivered);

        Assert.True(audit.Problems.Count == 0, audit.ToString());
        Assert.Equal((58, 2, 0), (audit.Complete, audit.Closed, audit.DeadLettered));
        Assert.True(firehose.RefusedRecords > 0 && firehose.ThrottledAnswers > 7, $"refused {firehose.RefusedRecords}, throttled {firehose.ThrottledAnswers}");
        Assert.True(rig.Tally.Retries > 0, "the throttling burst never failed a write");
    }

    [Fact]
    public async Task Run_SinkAlwaysFailsUnderABudget_EveryMessageDeadLetteredWithinFiveFailuresAndAtMostFiveReadsPerPool()
    {
        await using var rig = await ReliabilityRig.StartAsync(new RigOptions
        {
            Simulator = new SimulatorOptions { Pools = 3, QuotaEnabled = false },
            CallsPerHour = 20,
            Sink = (_, _) => new ReliabilityBrokenSink(),
        });
        // Five reads per pool at 20 calls an hour take a few hours; failing work that waits and retries for days is the bug.
        var deadline = rig.Time.GetUtcNow().AddDays(1);

        var plan = await rig.ScheduleAsync(Month);
        await rig.DrainAsync(() => Assert.True(rig.Time.GetUtcNow() < deadline, $"still failing after a day: {rig.Simulator.RequestCount} calls, {rig.Queue.DeadLetters.Count} dead-lettered"));
        var audit = await rig.AuditLakeAsync(plan);

        Assert.True(audit.Problems.Count == 0, audit.ToString());
        Assert.Equal((0, 0, 90), (audit.Complete, audit.Closed, audit.DeadLettered));
        Assert.Equal(90, rig.Queue.DeadLetters.Count);
        Assert.All(rig.Queue.DeadLetters, d => Assert.Contains(ReliabilityBrokenSink.Error, d.Reason, StringComparison.Ordinal));
        // Each failed attempt is one read of the pool's month window: a message's five failures are at most its pool's five.
        Assert.InRange(rig.Tally.Retries, 3, 3 * FailurePolicy.MaxFailures);
        foreach (var pool in plan.PoolIds)
        {
            var types = rig.Account.TypesOf(pool).Count;
            Assert.InRange(rig.Simulator.RequestCountFor($"/api/customer/v1/pools/{pool}/measures"), types, FailurePolicy.MaxFailures * types);
        }

        Assert.InRange(rig.Simulator.RequestCount, 1, 2 + (3 * FailurePolicy.MaxFailures * QuotaLimits.MinimumCallsPerHour));
    }

    [Fact]
    public async Task Run_FetcherKilledBetweenSinkWriteAndLedgerMark_DayRewrittenWithTheSameRecordIds()
    {
        ReliabilityCrashAfterWriteSink? crashing = null;
        await using var rig = await ReliabilityRig.StartAsync(new RigOptions { Sink = (_, local) => crashing = new ReliabilityCrashAfterWriteSink(local, crashes: 2) });

        var audit = await rig.RunAsync(Month, crashWindowAllowed: true);

        Assert.True(audit.Problems.Count == 0, audit.ToString());
        Assert.Equal((58, 2, 0), (audit.Complete, audit.Closed, audit.DeadLettered));
        // The documented window: exactly the crashed writes come twice, as identical records with the same recordId.
        Assert.Equal(2, crashing!.Crashed.Count);
        var crashedIds = crashing.Crashed.SelectMany(b => b.Records).Select(r => r.RecordId).ToHashSet();
        Assert.NotEmpty(crashedIds);
        Assert.Equal(crashedIds.Count, audit.Duplicates);
        var twice = LocalLake.ReadAll(rig.LakeDirectory).GroupBy(r => r.RecordId).Where(g => g.Count() > 1).Select(g => g.Key);
        Assert.True(crashedIds.SetEquals(twice));
    }

    [Fact]
    public async Task Run_EveryMessageDeliveredTwice_NoRecordTwice()
    {
        await using var rig = await ReliabilityRig.StartAsync(new RigOptions { SendQueue = queue => new ReliabilityDuplicatingQueue(queue) });

        var audit = await rig.RunAsync(Month);

        Assert.True(audit.Problems.Count == 0, audit.ToString());
        Assert.Equal((58, 2, 0), (audit.Complete, audit.Closed, audit.DeadLettered));
        Assert.Equal(0, audit.Duplicates);
        // Each pool's window is read once; every other copy finds its day in the ledger.
        Assert.True(rig.Tally.Skipped >= 118, $"skipped {rig.Tally.Skipped}");
    }
}
