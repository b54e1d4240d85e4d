using Ondilo.Simulator;
using Ondilo.Simulator.Faults;
using Xunit;

namespace OndiloFanout.Tests.Reliability;

/// <summary>
/// The Ondilo API failing in each way seen in the wild, end to end through the embedded pipeline: whatever happens,
/// the lake holds every measure of each complete day exactly once, and a day not collected is dead-lettered with a reason.
/// </summary>
public sealed class ApiFaultTests
{
    private const string Month = """{"month":true}""";

    [Fact]
    public async Task Run_NoFaults_LakeEqualsGroundTruth()
    {
        await using var rig = await ReliabilityRig.StartAsync(new RigOptions());

        var audit = await rig.RunAsync(Month);

        Assert.True(audit.Problems.Count == 0, audit.ToString());
        // 2 pools × 30 days: the oldest day of each is only partly inside the month window, so it is closed.
        Assert.Equal((58, 2, 0), (audit.Complete, audit.Closed, audit.DeadLettered));
        Assert.Equal(0, audit.Duplicates);
    }

    [Theory]
    [InlineData(FaultKind.ServerError)]
    [InlineData(FaultKind.BadGateway)]
    [InlineData(FaultKind.ServiceUnavailable)]
    [InlineData(FaultKind.TruncatedJson)]
    [InlineData(FaultKind.ConnectionReset)]
    public async Task Run_OneKindOfApiFault_NothingLostNothingTwice(FaultKind kind)
    {
        await using var rig = await ReliabilityRig.StartAsync(new RigOptions
        {
            Simulator = new SimulatorOptions { Pools = 2, QuotaEnabled = false, FaultRate = 0.3, FaultKinds = [kind], Seed = 3 },
        });

        var audit = await rig.RunAsync(Month);

        Assert.True(audit.Problems.Count == 0, audit.ToString());
        Assert.True(rig.Tally.Retries > 0, "the faults never hit a fetch");
        Assert.Equal(60, audit.Complete + audit.Closed + audit.DeadLettered);
        // Closed is for a day the API's history only partly holds: at most the oldest day of each pool.
        Assert.InRange(audit.Closed, 0, 2);
        Assert.True(audit.Complete > 0, audit.ToString());
    }

    [Fact]
    public async Task Run_RequestsThatNeverAnswer_TimedOutRetriedAndCollected()
    {
        await using var rig = await ReliabilityRig.StartAsync(new RigOptions
        {
            Simulator = new SimulatorOptions { Pools = 1, QuotaEnabled = false, FaultRate = 0.2, FaultKinds = [FaultKind.Timeout], Seed = 5 },
            RequestTimeout = TimeSpan.FromMilliseconds(250),
        });

        var audit = await rig.RunAsync(Month);

        Assert.True(audit.Problems.Count == 0, audit.ToString());
        Assert.True(rig.Tally.Retries > 0, "no request timed out");
        Assert.Equal(30, audit.Complete + audit.Closed + audit.DeadLettered);
        // Closed is for a day the API's history only partly holds: at most the oldest day of each pool.
        Assert.InRange(audit.Closed, 0, 1);
    }

    [Fact]
    public async Task Run_MeasuresAlwaysFail_EveryDayDeadLetteredWithTheLastErrorAndNothingMarked()
    {
        await using var rig = await ReliabilityRig.StartAsync(new RigOptions
        {
            // The pool list answers; every measure read gets a 500.
            Simulator = new SimulatorOptions { Pools = 1, QuotaEnabled = false, FaultRate = 1, FaultKinds = [FaultKind.ServerError], FaultPathPrefix = "/api/customer/v1/pools/" },
        });

        var audit = await rig.RunAsync(Month);

        Assert.True(audit.Problems.Count == 0, audit.ToString());
        Assert.Equal((0, 0, 30), (audit.Complete, audit.Closed, audit.DeadLettered));
        Assert.All(rig.Queue.DeadLetters, d => Assert.Contains("500", d.Reason, StringComparison.Ordinal));
        Assert.Equal(0, audit.Records);
    }

    [Fact]
    public async Task Run_QuotaAnswerMidRun_DeferredToTheNextHourAndCollected()
    {
        await using var rig = await ReliabilityRig.StartAsync(new RigOptions
        {
            // The phone app shares the account: the API blocks at 30 calls an hour although our own budget allows more.
            Simulator = new SimulatorOptions { Pools = 6, CallsPerHour = 30 },
            CallsPerHour = 1_000,
        });

        var audit = await rig.RunAsync(Month);

        Assert.True(audit.Problems.Count == 0, audit.ToString());
        Assert.Equal((174, 6, 0), (audit.Complete, audit.Closed, audit.DeadLettered));
        Assert.True(rig.Tally.Deferrals > 0, "the quota answer never came");
        Assert.True(rig.Time.GetUtcNow() >= OndiloFanout.Domain.Collection.QuotaWindow.NextHour(RigOptions.DefaultStart), "the run did not wait for the next hour");
    }

    [Fact]
    public async Task Run_AccessTokenRefusedWithAGoodRefreshToken_RefreshedOnceAndCollected()
    {
        await using var rig = await ReliabilityRig.StartAsync(new RigOptions());
        var plan = await rig.ScheduleAsync(Month);
        rig.Simulator.ExpireAccessTokens();

        await rig.DrainAsync();
        var audit = await rig.AuditLakeAsync(plan);

        Assert.True(audit.Problems.Count == 0, audit.ToString());
        Assert.Equal((58, 2, 0), (audit.Complete, audit.Closed, audit.DeadLettered));
        Assert.Equal(1, rig.Simulator.RequestCountFor("/oauth2/token"));
    }

    [Fact]
    public async Task Run_RefreshTokenRevoked_WorkDeadLetteredAsLoginRequiredAndNothingMarked()
    {
        await using var rig = await ReliabilityRig.StartAsync(new RigOptions { Simulator = new SimulatorOptions { Pools = 1, QuotaEnabled = false } });
        var plan = await rig.ScheduleAsync(Month);
        rig.Simulator.RevokeRefreshTokens();
        rig.Simulator.ExpireAccessTokens();

        await rig.DrainAsync();
        var audit = await rig.AuditLakeAsync(plan);

        Assert.True(audit.Problems.Count == 0, audit.ToString());
        Assert.Equal((0, 0, 30), (audit.Complete, audit.Closed, audit.DeadLettered));
        Assert.All(rig.Queue.DeadLetters, d => Assert.Contains("ondilo-fanout login", d.Reason, StringComparison.Ordinal));
        Assert.Empty(await rig.State.GetAsync(plan.PoolIds[0], plan.From, plan.To, CancellationToken.None));
    }

    [Fact]
    public async Task Run_RefreshTokenRevokedUnderABudget_DeadLetteredWithinFiveFailuresPerPoolNotAfterDaysOfDeferrals()
    {
        await using var rig = await ReliabilityRig.StartAsync(new RigOptions { Simulator = new SimulatorOptions { Pools = 3, QuotaEnabled = false }, CallsPerHour = 20 });
        var plan = await rig.ScheduleAsync(Month);
        rig.Simulator.RevokeRefreshTokens();
        rig.Simulator.ExpireAccessTokens();
        // Each attempt reserves a whole read but spends one refresh: the budget runs out and failures alternate with deferrals.
        var deadline = rig.Time.GetUtcNow().AddDays(1);

        await rig.DrainAsync(() => Assert.True(rig.Time.GetUtcNow() < deadline, $"still failing after a day: {rig.Simulator.RequestCount} calls"));
        var audit = await rig.AuditLakeAsync(plan);

        Assert.True(audit.Problems.Count == 0, audit.ToString());
        Assert.Equal((0, 0, 90), (audit.Complete, audit.Closed, audit.DeadLettered));
        Assert.All(rig.Queue.DeadLetters, d => Assert.Contains("ondilo-fanout login", d.Reason, StringComparison.Ordinal));
        Assert.InRange(rig.Simulator.RequestCountFor("/oauth2/token"), 1, 3 * OndiloFanout.Domain.Collection.FailurePolicy.MaxFailures);
    }

    [Fact]
    public async Task Run_TokenEndpointAnswers500_WorkDeadLetteredWithTheReasonAndNothingMarked()
    {
        await using var rig = await ReliabilityRig.StartAsync(new RigOptions
        {
            Simulator = new SimulatorOptions { Pools = 1, QuotaEnabled = false, FaultRate = 1, FaultKinds = [FaultKind.ServerError], FaultPathPrefix = "/oauth2/token" },
        });
        var plan = await rig.ScheduleAsync(Month);
        rig.Simulator.ExpireAccessTokens();

        await rig.DrainAsync();
        var audit = await rig.AuditLakeAsync(plan);

        Assert.True(audit.Problems.Count == 0, audit.ToString());
        Assert.Equal((0, 0, 30), (audit.Complete, audit.Closed, audit.DeadLettered));
        Assert.All(rig.Queue.DeadLetters, d => Assert.Contains("500", d.Reason, StringComparison.Ordinal));
        Assert.Empty(await rig.State.GetAsync(plan.PoolIds[0], plan.From, plan.To, CancellationToken.None));
    }

    [Fact]
    public async Task Run_EveryKindOfFaultAtOnce_NothingLostNothingTwice()
    {
        await using var rig = await ReliabilityRig.StartAsync(new RigOptions
        {
            Simulator = new SimulatorOptions { Pools = 3, FaultRate = 0.25, CallsPerHour = 30, Seed = 11 },
            CallsPerHour = 20,
        });
        var plan = await rig.ScheduleAsync(Month);
        rig.Simulator.ExpireAccessTokens();

        await rig.DrainAsync();
        var audit = await rig.AuditLakeAsync(plan);

        Assert.True(audit.Problems.Count == 0, audit.ToString());
        Assert.Equal(90, audit.Complete + audit.Closed + audit.DeadLettered);
        // Closed is for a day the API's history only partly holds: at most the oldest day of each pool.
        Assert.InRange(audit.Closed, 0, 3);
        Assert.True(rig.Tally.Retries > 0 && rig.Tally.Deferrals > 0, $"retries {rig.Tally.Retries}, deferrals {rig.Tally.Deferrals}");
    }
}
