using Ondilo.Simulator;
using OndiloFanout.Functions.DeviceFetcher;
using OndiloFanout.Local;
using OndiloFanout.Tests.TestDoubles;
using Xunit;

namespace OndiloFanout.Tests.Reliability;

/// <summary>Two fetchers on one message, and a run across midnight UTC.</summary>
public sealed class ConcurrencyAndClockTests
{
    [Fact]
    public async Task Fetch_MessageRedeliveredWhileStillProcessing_SecondFetcherDefersAndNothingIsWrittenTwice()
    {
        ReliabilityBlockingSink? blocking = null;
        await using var rig = await ReliabilityRig.StartAsync(new RigOptions
        {
            Simulator = new SimulatorOptions { Pools = 1, QuotaEnabled = false },
            // Shorter than the fetch: SQS hands the message to another fetcher while the first is still writing.
            Queue = new InProcessQueueOptions { VisibilityTimeout = TimeSpan.FromMinutes(1) },
            Sink = (_, local) => blocking = new ReliabilityBlockingSink(local),
        });
        var plan = await rig.ScheduleAsync("""{"date":"2026-03-09"}""");
        var first = (await rig.Queue.ReceiveAsync(1, CancellationToken.None)).Single();
        var firstFetch = rig.Fetcher.HandleAsync(new IncomingMessage(first.MessageId, first.Body, first.ReceiveCount), CancellationToken.None);
        await blocking!.Entered.WaitAsync(TimeSpan.FromSeconds(10));

        await rig.Clock.WaitUntilAsync(rig.Time.GetUtcNow().AddMinutes(2), CancellationToken.None);
        var again = (await rig.Queue.ReceiveAsync(1, CancellationToken.None)).Single();
        var second = await rig.CreateFetcher().HandleAsync(new IncomingMessage(again.MessageId, again.Body, again.ReceiveCount), CancellationToken.None);
        blocking.Release();
        var firstResult = await firstFetch;
        await rig.Queue.DeleteAsync(again.ReceiptHandle, CancellationToken.None);
        await rig.DrainAsync();
        var audit = await rig.AuditLakeAsync(plan);

        Assert.Equal(first.MessageId, again.MessageId);
        Assert.Equal(FetchOutcome.Deferred, second.Outcome);
        Assert.Contains("another fetcher holds the pool", second.Reason, StringComparison.Ordinal);
        Assert.Equal(FetchOutcome.Collected, firstResult.Outcome);
        Assert.True(audit.Problems.Count == 0, audit.ToString());
        Assert.Equal(0, audit.Duplicates);
        // The week window: March 4–9 whole; March 3, which it began after the midnight of, is left to the month window.
        Assert.Equal((6, 0), (audit.Complete, audit.Partial));
    }

    [Fact]
    public async Task Run_StraddlingMidnightUtc_EveryDayOnceAndTheNewYesterdayComplete()
    {
        // 23:40, and a budget of 7 calls an hour: two pools (1 + 6 + 6 calls) finish well after midnight.
        var start = new DateTimeOffset(2026, 3, 10, 23, 40, 0, TimeSpan.Zero);
        await using var rig = await ReliabilityRig.StartAsync(new RigOptions { Start = start, CallsPerHour = 7 });

        var audit = await rig.RunAsync("""{"month":true}""");

        Assert.True(audit.Problems.Count == 0, audit.ToString());
        Assert.True(rig.Time.GetUtcNow() >= new DateTimeOffset(2026, 3, 11, 2, 0, 0, TimeSpan.Zero), $"the run ended at {rig.Time.GetUtcNow():O}");
        Assert.True(rig.Tally.Deferrals > 0);
        Assert.True(audit.Complete + audit.Closed + audit.Refused >= 60, audit.ToString());
        Assert.Equal(0, audit.DeadLettered);
        // March 10 ended during the run: the pool read after midnight wrote it too, complete, since it waited for the
        // day's uploads to settle instead of reading at 00:00.
        var march10 = new DateOnly(2026, 3, 10);
        var entries = await Task.WhenAll(rig.Account.Pools.Select(p => rig.State.GetAsync(p.Id, march10, march10, CancellationToken.None)));
        Assert.Contains(entries, e => e.TryGetValue(march10, out var entry) && entry.Status == OndiloFanout.Collection.DayStatus.Complete);
    }
}
