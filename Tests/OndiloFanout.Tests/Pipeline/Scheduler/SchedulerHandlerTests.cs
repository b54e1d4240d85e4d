using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using Ondilo.Simulator;
using OndiloFanout.Contracts;
using OndiloFanout.Domain.Collection;
using OndiloFanout.Domain.Pools;
using OndiloFanout.Local;
using OndiloFanout.Ondilo;
using OndiloFanout.Pipeline.Composition;
using OndiloFanout.Pipeline.Scheduler;
using OndiloFanout.Tests.TestDoubles;
using Xunit;

namespace OndiloFanout.Tests.Pipeline.Scheduler;

/// <summary>The scheduler against the simulator over HTTP, with the local ports.</summary>
public sealed class SchedulerHandlerTests : IAsyncLifetime, IDisposable
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 25, 2, 30, 0, TimeSpan.Zero));
    private readonly LocalTempFolder _folder = new();
    private readonly HttpClient _http = new();
    private OndiloSimulatorHost _simulator = null!;
    private FileStateStore _state = null!;
    private InProcessWorkQueue _queue = null!;
    private PipelineComposer _pipeline = null!;

    public async Task InitializeAsync()
    {
        _simulator = await OndiloSimulatorHost.StartAsync(new SimulatorOptions { Pools = 2 }, _time, CancellationToken.None);
        var minted = _simulator.IssueToken();
        var tokens = new FileTokenStore(_folder.Combine("token.json"));
        await tokens.SaveAsync(new OndiloToken { AccessToken = minted.AccessToken, RefreshToken = minted.RefreshToken, ExpiresAt = _time.GetUtcNow().AddSeconds(minted.ExpiresIn) }, CancellationToken.None);
        _state = new FileStateStore(_folder.Combine("state"), _time, callsPerHour: 20);
        _queue = new InProcessWorkQueue(_time);
        _pipeline = new PipelineComposer(new PipelineSeams
        {
            Time = _time, Queue = _queue, State = _state, Tokens = tokens, Http = _http, Api = new OndiloClientOptions { BaseUri = _simulator.BaseUri }, CallInterval = TimeSpan.Zero,
        });
    }

    public async Task DisposeAsync()
    {
        await _simulator.DisposeAsync();
        Dispose();
    }

    public void Dispose()
    {
        _pipeline?.Dispose();
        _state?.Dispose();
        _http.Dispose();
        _folder.Dispose();
    }

    private SchedulerHandler CreateSut(SchedulerOptions? options = null) => _pipeline.CreateScheduler(options);

    private SchedulerOptions WithSnapshots(bool readThresholds) =>
        new() { PoolSnapshots = new LocalPoolSnapshotSink(_folder.Combine("lake")), ReadPoolThresholds = readThresholds };

    private JsonNode[] SnapshotLines(SchedulerSummary summary)
    {
        var day = UtcDay.Of(_time.GetUtcNow()).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return File.ReadAllLines(_folder.Combine("lake", "pools", $"snapshotdate={day}", $"pools-{summary.RunId}.jsonl")).Select(line => JsonNode.Parse(line)!).ToArray();
    }

    private int ConfigurationReads(long poolId) => _simulator.RequestCountFor($"/api/customer/v1/pools/{poolId}/configuration");

    private Task CompleteAsync(long poolId, DateOnly day) =>
        _state.PutAsync(new LedgerEntry { PoolId = poolId, Day = day, Status = DayStatus.Complete, Records = 144, Cursor = new Dictionary<string, DateTimeOffset>(), UpdatedAt = _time.GetUtcNow() }, CancellationToken.None);

    private async Task<List<WorkMessage>> DrainAsync()
    {
        var messages = new List<WorkMessage>();
        for (var batch = await _queue.ReceiveAsync(10, CancellationToken.None); batch.Count > 0; batch = await _queue.ReceiveAsync(10, CancellationToken.None))
        {
            messages.AddRange(batch.Select(m => WorkMessageCodec.TryParse(m.Body, out var message, out _) ? message! : throw new InvalidOperationException(m.Body)));
        }

        return messages;
    }

    [Fact]
    public async Task HandleAsync_Month_EnqueuesThirtyDaysPerPoolForOneCall()
    {
        var summary = await CreateSut().HandleAsync(Json("""{"month":"true"}"""), CancellationToken.None);

        var messages = await DrainAsync();
        Assert.Equal(60, summary.Enqueued);
        Assert.Equal(60, messages.Count);
        Assert.Equal(1, summary.ApiCalls);
        Assert.Equal(1, _simulator.RequestCount);
        Assert.All(messages, m => Assert.Equal(MeasurePeriod.Month, m.Window));
        var salt = _simulator.Account.Pools.Single(p => p.DisinfectionPrimary == "salt");
        Assert.All(messages.Where(m => m.PoolId == salt.Id), m => Assert.Contains("salt", m.Types));
        Assert.All(messages.Where(m => m.PoolId != salt.Id), m => Assert.Contains("tds", m.Types));
        Assert.Equal((2, 0, 12), (summary.Reads!.Pools, summary.Reads.PoolsLeft, summary.Reads.CallsPlanned));
    }

    [Fact]
    public async Task HandleAsync_MonthForMorePoolsThanADayReads_ReadsThoseWhoseHistoryLeavesFirstAndLeavesTheRestToTheDailyRuns()
    {
        // A reserve that leaves one read a day, and a pool whose oldest week is in the lake already: the other one is read.
        var sut = CreateSut(new SchedulerOptions { Reads = new ReadPlanOptions { CallsPerHour = QuotaLimits.DefaultCallsPerHour, RetryReservePercent = 98 } });
        var (collected, empty) = (_simulator.Account.Pools.Min(p => p.Id), _simulator.Account.Pools.Max(p => p.Id));
        for (var day = new DateOnly(2026, 10, 26); day <= new DateOnly(2026, 11, 1); day = day.AddDays(1))
        {
            await CompleteAsync(collected, day);
        }

        var month = await sut.HandleAsync(Json("""{"month":"true"}"""), CancellationToken.None);

        var messages = await DrainAsync();
        Assert.All(messages, m => Assert.Equal(empty, m.PoolId));
        Assert.Equal(30, month.Enqueued);
        Assert.Equal((1, 1, 6), (month.Reads!.Pools, month.Reads.PoolsLeft, month.Reads.CallsPlanned));
        Assert.Equal(2, month.Pools);

        // The next daily run heals the pool the month left: every day of its history the ledger lacks.
        _time.Advance(TimeSpan.FromDays(1));
        foreach (var message in messages)
        {
            await CompleteAsync(message.PoolId, message.Day);
        }

        var daily = await sut.HandleAsync(Json("{}"), CancellationToken.None);

        // The month's messages, received but never deleted here, are visible again by now: only the daily run's count.
        var healed = (await DrainAsync()).Where(m => m.RunId == daily.RunId).ToList();
        Assert.All(healed, m => Assert.Equal(collected, m.PoolId));
        Assert.Equal(new DateOnly(2026, 11, 2), healed.Min(m => m.Day));
        Assert.Equal(new DateOnly(2026, 11, 25), healed.Max(m => m.Day));
        Assert.Equal((1, 1), (daily.Reads!.Pools, daily.Reads.PoolsLeft));
    }

    [Fact]
    public async Task HandleAsync_DailyRunOfPoolsThatFitInADay_ReadsEveryPoolAndSaysWhatThePlanGives()
    {
        var summary = await CreateSut().HandleAsync(default, CancellationToken.None);

        // An empty lake: the history of both pools, 30 days each (the oldest partly), read at once with nothing lost.
        Assert.Equal(60, summary.Enqueued);
        Assert.Equal(
            new ReadPlanSummary { Pools = 2, CallsPlanned = 12, ReadsPerDay = 64, MaxPools = 64 * 28, IntervalDays = 1, LagDays = 31, LagBoundDays = 31, CatchUpDays = 1, FirstExpiry = _time.GetUtcNow(), ExpiryDays = 0, HoursLost = 0 },
            summary.Reads);
    }

    [Fact]
    public async Task HandleAsync_DailyRunWhenNotEveryPoolFitsInADay_EnqueuesOnlyThePoolsItsPlanReads()
    {
        // A reserve that leaves one read a day: the two pools are read every other day (on an empty lake, lower id first).
        var sut = CreateSut(new SchedulerOptions { Reads = new ReadPlanOptions { CallsPerHour = QuotaLimits.DefaultCallsPerHour, RetryReservePercent = 98 } });

        var summary = await sut.HandleAsync(default, CancellationToken.None);

        var first = _simulator.Account.Pools.Min(p => p.Id);
        Assert.All(await DrainAsync(), m => Assert.Equal(first, m.PoolId));
        Assert.Equal(30, summary.Enqueued);
        Assert.Equal((1, 6, 2), (summary.Reads!.Pools, summary.Reads.CallsPlanned, summary.Reads.IntervalDays));
    }

    [Fact]
    public async Task HandleAsync_PoolsFilterAndDryRun_PlansOnlyThoseAndEnqueuesNothing()
    {
        var pool = _simulator.Account.Pools[1].Id;

        var summary = await CreateSut().HandleAsync(Json($$"""{"from":"2026-11-20","to":"2026-11-24","pools":[{{pool}},999999],"dryRun":true}"""), CancellationToken.None);

        Assert.Equal(5, summary.Planned);
        Assert.Equal(0, summary.Enqueued);
        Assert.Equal([pool], summary.PoolIds);
        Assert.Equal([999999L], summary.UnknownPools);
        Assert.Empty(await DrainAsync());
    }

    [Fact]
    public async Task HandleAsync_CollectedDays_AreSkipped()
    {
        var pool = _simulator.Account.Pools[0].Id;
        await CompleteAsync(pool, new DateOnly(2026, 11, 24));

        var summary = await CreateSut().HandleAsync(Json("""{"date":"2026-11-24"}"""), CancellationToken.None);

        Assert.Equal(1, summary.Skipped);
        Assert.Equal(1, summary.Enqueued);
        Assert.DoesNotContain(await DrainAsync(), m => m.PoolId == pool);
    }

    [Fact]
    public async Task HandleAsync_Daily_HealsTheOlderDaysOfTheHistoryTheLedgerLacksForNoExtraCall()
    {
        var (whole, empty) = (_simulator.Account.Pools[0].Id, _simulator.Account.Pools[1].Id);
        var lost = new DateOnly(2026, 11, 3);
        // The API's history starts 2026-10-26 02:30: 29 days before yesterday, all in the ledger for one pool but one.
        for (var day = new DateOnly(2026, 10, 26); day <= new DateOnly(2026, 11, 23); day = day.AddDays(1))
        {
            if (day != lost)
            {
                await CompleteAsync(whole, day);
            }
        }

        var summary = await CreateSut().HandleAsync(Json("{}"), CancellationToken.None);

        var messages = await DrainAsync();
        Assert.Equal(1 + 29, summary.Healed);
        Assert.Equal(2 + 1 + 29, summary.Enqueued);
        Assert.Equal(1, summary.ApiCalls);
        Assert.Equal([lost, new DateOnly(2026, 11, 24)], messages.Where(m => m.PoolId == whole).Select(m => m.Day).Order());
        Assert.Equal(30, messages.Count(m => m.PoolId == empty));
    }

    [Fact]
    public async Task HandleAsync_WithSnapshotSink_WritesEveryListedPoolWithoutThresholdsForNoExtraCall()
    {
        var summary = await CreateSut(WithSnapshots(readThresholds: false)).HandleAsync(Json("{}"), CancellationToken.None);

        var lines = SnapshotLines(summary);
        Assert.Equal(_simulator.Account.Pools.Select(p => p.Id), lines.Select(l => (long)l["poolId"]!));
        Assert.All(lines, l => Assert.Null(l["phLow"]));
        Assert.All(lines, l => Assert.Equal(summary.RunId, (string)l["runId"]!));
        Assert.Equal(1, summary.ApiCalls);
        Assert.Equal(1, _simulator.RequestCount);
    }

    [Fact]
    public async Task HandleAsync_DryRun_WritesNoSnapshot()
    {
        await CreateSut(WithSnapshots(readThresholds: true)).HandleAsync(Json("""{"dryRun":true}"""), CancellationToken.None);

        Assert.False(Directory.Exists(_folder.Combine("lake", "pools")));
    }

    [Fact]
    public async Task HandleAsync_ThresholdsWeekly_ReadsEachPoolsOnceInSevenDailyRuns()
    {
        var sut = CreateSut(WithSnapshots(readThresholds: true));
        var withThresholds = new List<long>();

        for (var run = 0; run < 7; run++)
        {
            var summary = await sut.HandleAsync(Json("{}"), CancellationToken.None);
            var read = SnapshotLines(summary).Where(l => l["phLow"] is not null).ToArray();
            Assert.All(read, l => Assert.Equal((7.6, 8.5), ((double)l["phLow"]!, (double)l["phHigh"]!)));
            withThresholds.AddRange(read.Select(l => (long)l["poolId"]!));
            _time.Advance(TimeSpan.FromDays(1));
        }

        Assert.Equal(_simulator.Account.Pools.Select(p => p.Id).Order(), withThresholds.Order());
        Assert.All(_simulator.Account.Pools, pool => Assert.Equal(1, ConfigurationReads(pool.Id)));
    }

    [Fact]
    public async Task HandleAsync_MonthWithThresholds_ReadsEveryPoolsOnce()
    {
        var summary = await CreateSut(WithSnapshots(readThresholds: true)).HandleAsync(Json("""{"month":"true"}"""), CancellationToken.None);

        Assert.All(SnapshotLines(summary), l => Assert.NotNull(l["phLow"]));
        Assert.All(_simulator.Account.Pools, pool => Assert.Equal(1, ConfigurationReads(pool.Id)));
        Assert.Equal(1 + _simulator.Account.Pools.Count, summary.ApiCalls);
    }

    [Fact]
    public async Task HandleAsync_DailyRunReadingAPoolsThresholds_PlansItsReadsAroundThatCall()
    {
        // The first day one of the pools has its weekly threshold read: that call comes out of the run's hour.
        while (!_simulator.Account.Pools.Any(pool => PoolSnapshotLayout.IsConfigurationDay(pool.Id, UtcDay.Of(_time.GetUtcNow()))))
        {
            _time.Advance(TimeSpan.FromDays(1));
        }

        var summary = await CreateSut(WithSnapshots(readThresholds: true)).HandleAsync(Json("{}"), CancellationToken.None);

        // Of 20 calls in the run's hour: the refresh, the pool list and a threshold read leave two reads of six, not three.
        Assert.Equal(63, summary.Reads!.ReadsPerDay);
        Assert.Equal(64, (await CreateSut(WithSnapshots(readThresholds: false)).HandleAsync(Json("""{"dryRun":true}"""), CancellationToken.None)).Reads!.ReadsPerDay);
    }

    [Fact]
    public async Task HandleAsync_BadInput_EnqueuesNothingAndCallsNothing()
    {
        var error = await Assert.ThrowsAsync<SchedulerInputException>(() => CreateSut().HandleAsync(Json("""{"month":"yes"}"""), CancellationToken.None));

        Assert.Contains("\"month\"", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, _simulator.RequestCount);
        Assert.Empty(await DrainAsync());
    }

    [Fact]
    public async Task HandleAsync_ApiAnswersWithItsQuota_EmptiesTheSharedBudgetSoARetryCallsNothing()
    {
        // The phone app spent the account's hour: the API answers every call with its quota 400 until the hour ends.
        for (var i = 0; i < 30; i++)
        {
            using var _ = await _http.GetAsync(new Uri(_simulator.BaseUri, "/api/customer/v1/pools"));
        }

        var refused = await Assert.ThrowsAsync<OndiloApiException>(() => CreateSut().HandleAsync(Json("{}"), CancellationToken.None));
        var requests = _simulator.RequestCount;
        var retried = await Assert.ThrowsAsync<OndiloApiException>(() => CreateSut().HandleAsync(Json("{}"), CancellationToken.None));

        Assert.Equal((OndiloFailure.QuotaExhausted, System.Net.HttpStatusCode.BadRequest), (refused.Failure, refused.StatusCode));
        var usage = await _state.GetUsageAsync(CancellationToken.None);
        Assert.Equal(usage.Limit, usage.Used);
        Assert.Equal((OndiloFailure.QuotaExhausted, null), (retried.Failure, retried.StatusCode));
        Assert.Equal(requests, _simulator.RequestCount);
    }

    [Fact]
    public async Task HandleAsync_NoBudget_RefusesBeforeCallingAndSaysUntilWhen()
    {
        await _state.ExhaustAsync(CancellationToken.None);

        var error = await Assert.ThrowsAsync<OndiloApiException>(() => CreateSut().HandleAsync(Json("{}"), CancellationToken.None));

        Assert.Equal(OndiloFailure.QuotaExhausted, error.Failure);
        Assert.Contains("03:00 UTC", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, _simulator.RequestCount);
    }

    private static JsonElement Json(string payload) => JsonDocument.Parse(payload).RootElement.Clone();
}
