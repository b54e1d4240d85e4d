using Ondilo.Simulator;
using OndiloFanout.Domain.Collection;
using OndiloFanout.Local;
using OndiloFanout.Pipeline.Fetcher;
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
        var firstFetch = rig.Fetcher.HandleAsync(IncomingMessage.Parse(first.MessageId, first.Body, first.ReceiveCount), CancellationToken.None);
        await blocking!.Entered.WaitAsync(TimeSpan.FromSeconds(10));

        await rig.Clock.WaitUntilAsync(rig.Time.GetUtcNow().AddMinutes(2), CancellationToken.None);
        var again = (await rig.Queue.ReceiveAsync(1, CancellationToken.None)).Single();
        var second = await rig.CreateFetcher().HandleAsync(IncomingMessage.Parse(again.MessageId, again.Body, again.ReceiveCount), CancellationToken.None);
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
        // 23:40, and a budget of 7 calls an hour: two pools (1 + 6 + 6 calls), the second read after midnight.
        var start = new DateTimeOffset(2026, 3, 10, 23, 40, 0, TimeSpan.Zero);
        await using var rig = await ReliabilityRig.StartAsync(new RigOptions { Start = start, CallsPerHour = 7 });
        var march10 = new DateOnly(2026, 3, 10);

        var audit = await rig.RunAsync("""{"month":true}""");
        var endedAt = rig.Time.GetUtcNow();
        var afterTheRun = await StatusesAsync(rig, march10);
        await rig.Clock.WaitUntilAsync(new DateTimeOffset(2026, 3, 11, 2, 30, 0, TimeSpan.Zero), CancellationToken.None);
        var daily = await rig.RunAsync("{}");

        Assert.True(audit.Problems.Count == 0, audit.ToString());
        Assert.True(rig.Tally.Deferrals > 0);
        Assert.True(audit.Complete + audit.Closed + audit.Refused >= 60, audit.ToString());
        Assert.Equal(0, audit.DeadLettered);
        // March 10 ended during the run: the pool read after midnight wrote it partial instead of waiting for its last
        // uploads, and the daily run after 02:00 completed it, for both pools, every record once.
        Assert.True(endedAt < new DateTimeOffset(2026, 3, 11, 2, 0, 0, TimeSpan.Zero), $"the run ended at {endedAt:O}");
        Assert.Contains(DayStatus.Partial, afterTheRun);
        Assert.True(daily.Problems.Count == 0, daily.ToString());
        Assert.Equal(0, daily.Duplicates);
        Assert.Equal(new DayStatus?[] { DayStatus.Complete, DayStatus.Complete }, await StatusesAsync(rig, march10));
    }

    [Fact]
    public async Task Run_HalfAnHourAfterMidnightUtc_SettledDaysAtOnceYesterdayPartialThenCompletedByTheDailyRun()
    {
        var start = new DateTimeOffset(2026, 3, 11, 0, 30, 0, TimeSpan.Zero);
        await using var rig = await ReliabilityRig.StartAsync(new RigOptions { Start = start });
        var yesterday = new DateOnly(2026, 3, 10);

        var plan = await rig.ScheduleAsync("""{"month":true}""");
        await rig.DrainAsync();
        var month = await rig.AuditLakeAsync(plan);
        var (endedAt, monthCalls, monthReads) = (rig.Time.GetUtcNow(), rig.Simulator.RequestCount, MeasureReads(rig));
        var afterTheMonth = await StatusesAsync(rig, yesterday);
        await rig.Clock.WaitUntilAsync(new DateTimeOffset(2026, 3, 11, 2, 30, 0, TimeSpan.Zero), CancellationToken.None);
        var daily = await rig.RunAsync("{}");

        Assert.True(month.Problems.Count == 0, month.ToString());
        // Every settled day of both pools at once, for one month read per pool; yesterday is left for a later run.
        Assert.Equal((2 * 29, 2), (plan.Planned, plan.Settling));
        Assert.Equal((2 * 28, 2, 2), (month.Complete, month.Closed, month.Partial));
        Assert.True(endedAt < start.AddMinutes(5), $"the month run ended at {endedAt:O}");
        Assert.Equal((1 + (2 * 6), 2 * 6), (monthCalls, monthReads));
        // Yesterday was written partial meanwhile, and the daily run (its usual week read per pool) completed it.
        Assert.Equal(new DayStatus?[] { DayStatus.Partial, DayStatus.Partial }, afterTheMonth);
        Assert.True(daily.Problems.Count == 0, daily.ToString());
        Assert.Equal(0, daily.Duplicates);
        Assert.Equal(new DayStatus?[] { DayStatus.Complete, DayStatus.Complete }, await StatusesAsync(rig, yesterday));
        Assert.Equal(2 * 6, MeasureReads(rig) - monthReads);
    }

    private static int MeasureReads(ReliabilityRig rig) => rig.Simulator.RequestCountFor("/api/customer/v1/pools/");

    private static async Task<DayStatus?[]> StatusesAsync(ReliabilityRig rig, DateOnly day) =>
        await Task.WhenAll(rig.Account.Pools.Select(async p => (await rig.State.GetAsync(p.Id, day, day, CancellationToken.None)).GetValueOrDefault(day)?.Status));
}
