using Amazon.SQS.Model;
using Ondilo.Simulator;
using Ondilo.Simulator.Faults;
using OndiloFanout.Integration.Tests.Emulators;
using OndiloFanout.Pipeline.Fetcher;
using OndiloFanout.Tests.TestDoubles;
using Xunit;

namespace OndiloFanout.Integration.Tests.EndToEnd;

/// <summary>
/// The fault matrix on the AWS pipeline (fauxqs, dynalite, Firehose over HTTP, the fetcher's Lambda face): whatever
/// fails, what Firehose accepted holds every measure of each complete day exactly once, and a day not collected is
/// in the DLQ with a reason. The simulator's hourly quota is off where retries would spend it (a quota answer defers
/// by an hour, a real SQS delay here). The faults that only cost waiting (quota, a run across midnight) and a request that never
/// answers (the client's timeout runs on the functions' clock, which is fake here) are proved on the embedded
/// pipeline, since SQS's delays here are real.
/// </summary>
[Collection(AwsEmulatorsCollection.Name)]
public sealed class EmulatorFaultMatrixTests(FauxqsFixture sqs, DynaliteFixture dynamo)
{
    private const string Month = """{"month":"true"}""";

    [Theory]
    [InlineData(FaultKind.ServerError)]
    [InlineData(FaultKind.BadGateway)]
    [InlineData(FaultKind.ServiceUnavailable)]
    [InlineData(FaultKind.TruncatedJson)]
    [InlineData(FaultKind.ConnectionReset)]
    public async Task Run_OneKindOfApiFault_NothingLostNothingTwice(FaultKind kind)
    {
        await using var rig = await EmulatorRig.StartAsync(sqs, dynamo, new EmulatorRigOptions
        {
            Simulator = new SimulatorOptions { Pools = 2, QuotaEnabled = false, FaultRate = 0.3, FaultKinds = [kind], Seed = 3 },
        });

        var audit = await rig.RunAsync(Month);

        Assert.True(audit.Problems.Count == 0, audit.ToString());
        Assert.True(rig.CountOutcomes(FetchOutcome.Retry) > 0, "the faults never hit a fetch");
        Assert.Equal(60, audit.Complete + audit.Closed + audit.DeadLettered);
        // Closed is for a day the API's history only partly holds: at most the oldest day of each pool.
        Assert.InRange(audit.Closed, 0, 2);
        Assert.True(audit.Complete > 0, audit.ToString());
    }

    [Fact]
    public async Task Run_FirehosePartialFailuresAndThrottling_EveryRecordOnce()
    {
        await using var rig = await EmulatorRig.StartAsync(sqs, dynamo, new EmulatorRigOptions { Firehose = ReliabilityFirehoseFaults.Burst });

        var audit = await rig.RunAsync(Month);

        Assert.True(audit.Problems.Count == 0, audit.ToString());
        Assert.Equal((58, 2, 0, 0), (audit.Complete, audit.Closed, audit.DeadLettered, audit.Duplicates));
        Assert.True(rig.Firehose.RefusedRecords > 0 && rig.Firehose.ThrottledAnswers > 7, $"refused {rig.Firehose.RefusedRecords}, throttled {rig.Firehose.ThrottledAnswers}");
        Assert.True(rig.CountOutcomes(FetchOutcome.Retry) > 0, "the throttling burst never failed a write");
    }

    [Fact]
    public async Task Run_EveryMessageSentTwice_NoRecordTwice()
    {
        await using var rig = await EmulatorRig.StartAsync(sqs, dynamo, new EmulatorRigOptions { SendQueue = queue => new ReliabilityDuplicatingQueue(queue) });

        var audit = await rig.RunAsync(Month);

        Assert.True(audit.Problems.Count == 0, audit.ToString());
        Assert.Equal((58, 2, 0, 0), (audit.Complete, audit.Closed, audit.DeadLettered, audit.Duplicates));
        // Each pool's window is read once; every other copy finds its day in the ledger.
        Assert.True(rig.CountOutcomes(FetchOutcome.Skipped) >= 118, $"skipped {rig.CountOutcomes(FetchOutcome.Skipped)}");
    }

    [Fact]
    public async Task Run_FetcherKilledBetweenSinkWriteAndLedgerMark_DayRewrittenWithTheSameRecordIds()
    {
        ReliabilityCrashAfterWriteSink? crashing = null;
        await using var rig = await EmulatorRig.StartAsync(sqs, dynamo, new EmulatorRigOptions { Sink = sink => crashing = new ReliabilityCrashAfterWriteSink(sink, crashes: 2) });

        var audit = await rig.RunAsync(Month, crashWindowAllowed: true);

        Assert.True(audit.Problems.Count == 0, audit.ToString());
        Assert.Equal((58, 2, 0), (audit.Complete, audit.Closed, audit.DeadLettered));
        var crashedIds = crashing!.Crashed.SelectMany(b => b.Records).Select(r => r.RecordId).ToHashSet();
        var twice = rig.Firehose.Delivered.GroupBy(r => r.RecordId).Where(g => g.Count() > 1).Select(g => g.Key);
        Assert.True(crashedIds.Count > 0 && crashedIds.SetEquals(twice), $"{crashedIds.Count} crashed, {audit.Duplicates} twice");
    }

    [Fact]
    public async Task Run_AccessTokenRefusedWithAGoodRefreshToken_RefreshedOnceCollectedAndNoTokenLogged()
    {
        await using var rig = await EmulatorRig.StartAsync(sqs, dynamo, new EmulatorRigOptions());
        var plan = await rig.ScheduleAsync(Month);
        var expired = await rig.Tokens.LoadAsync(CancellationToken.None);
        rig.Environment.Simulator.ExpireAccessTokens();

        await rig.DrainAsync();
        var audit = await rig.AuditAsync(plan);
        var refreshed = await rig.Tokens.LoadAsync(CancellationToken.None);

        Assert.True(audit.Problems.Count == 0, audit.ToString());
        Assert.Equal((58, 2, 0), (audit.Complete, audit.Closed, audit.DeadLettered));
        Assert.Equal(1, rig.Environment.Simulator.RequestCountFor("/oauth2/token"));
        Assert.NotEqual(expired.AccessToken, refreshed.AccessToken);
        foreach (var secret in new[] { expired.AccessToken, expired.RefreshToken, refreshed.AccessToken, refreshed.RefreshToken })
        {
            Assert.DoesNotContain(secret, rig.Logs, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Run_TokenEndpointAnswers500_DeadLetteredWithTheReasonAndNothingMarked()
    {
        await using var rig = await EmulatorRig.StartAsync(sqs, dynamo, new EmulatorRigOptions
        {
            Simulator = new SimulatorOptions { Pools = 1, QuotaEnabled = false, FaultRate = 1, FaultKinds = [FaultKind.ServerError], FaultPathPrefix = "/oauth2/token" },
            MaxReceiveCount = 2,
        });
        var plan = await rig.ScheduleAsync(Month);
        rig.Environment.Simulator.ExpireAccessTokens();

        await rig.DrainAsync();
        var audit = await rig.AuditAsync(plan);

        Assert.True(audit.Problems.Count == 0, audit.ToString());
        Assert.Equal((0, 0, 30), (audit.Complete, audit.Closed, audit.DeadLettered));
        Assert.All(await rig.DeadLettersAsync(), d => Assert.Contains("500", d.Reason, StringComparison.Ordinal));
        Assert.Empty(await rig.State.GetAsync(plan.PoolIds[0], plan.From, plan.To, CancellationToken.None));
        Assert.Empty(rig.Firehose.Delivered);
    }

    [Fact]
    public async Task Run_RefreshTokenRevoked_DeadLetteredAsLoginRequiredAndNothingMarked()
    {
        await using var rig = await EmulatorRig.StartAsync(sqs, dynamo, new EmulatorRigOptions { Simulator = new SimulatorOptions { Pools = 1, QuotaEnabled = false }, MaxReceiveCount = 2 });
        var plan = await rig.ScheduleAsync(Month);
        rig.Environment.Simulator.RevokeRefreshTokens();
        rig.Environment.Simulator.ExpireAccessTokens();

        await rig.DrainAsync();
        var audit = await rig.AuditAsync(plan);

        Assert.True(audit.Problems.Count == 0, audit.ToString());
        Assert.Equal((0, 0, 30), (audit.Complete, audit.Closed, audit.DeadLettered));
        Assert.All(await rig.DeadLettersAsync(), d => Assert.Contains("ondilo-fanout login", d.Reason, StringComparison.Ordinal));
        Assert.Empty(await rig.State.GetAsync(plan.PoolIds[0], plan.From, plan.To, CancellationToken.None));
    }

    [Fact]
    public async Task Run_PoisonMessagesAmongGood_DeadLetteredAtOnceWithAReasonAndTheOthersCollected()
    {
        await using var rig = await EmulatorRig.StartAsync(sqs, dynamo, new EmulatorRigOptions());
        var plan = await rig.ScheduleAsync(Month);
        string[] poison = ["not json", """{"v":2,"poolId":1}""", "{\"v\":1,\"runId\":\"r\",\"poolId\":", "\"\u00e9\u6f22\""];
        foreach (var body in poison)
        {
            await sqs.Client.SendMessageAsync(new SendMessageRequest { QueueUrl = rig.Environment.QueueUrl, MessageBody = body });
        }

        await rig.DrainAsync();
        var audit = await rig.AuditAsync(plan);
        var deadLetters = await rig.DeadLettersAsync();

        Assert.True(audit.Problems.Count == 0, audit.ToString());
        Assert.Equal((58, 2, 0), (audit.Complete, audit.Closed, audit.DeadLettered));
        Assert.Equal(poison.Order(StringComparer.Ordinal), deadLetters.Select(d => d.Body).Order(StringComparer.Ordinal));
        // Dead-lettered by the fetcher itself on first sight (never retried), with the reason as a message attribute.
        Assert.Equal(poison.Length, rig.CountOutcomes(FetchOutcome.DeadLettered));
        Assert.Equal(0, rig.CountOutcomes(FetchOutcome.Retry));
    }
}
