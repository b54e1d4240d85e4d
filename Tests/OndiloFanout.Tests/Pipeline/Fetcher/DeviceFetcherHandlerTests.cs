using System.Net;
using Microsoft.Extensions.Time.Testing;
using OndiloFanout.Domain.Collection;
using OndiloFanout.Domain.Pools;
using OndiloFanout.Local;
using OndiloFanout.Ondilo;
using OndiloFanout.Pipeline;
using OndiloFanout.Pipeline.Fetcher;
using OndiloFanout.Tests.TestDoubles;
using Xunit;

namespace OndiloFanout.Tests.Pipeline.Fetcher;

public sealed class DeviceFetcherHandlerTests : IDisposable
{
    private const long Pool = 234;
    private static readonly DateOnly Yesterday = new(2026, 11, 24);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 25, 3, 0, 0, TimeSpan.Zero));
    private readonly LocalTempFolder _folder = new();
    private readonly FileStateStore _state;
    private readonly InProcessWorkQueue _queue;
    private readonly QuotaGate _gate;
    private readonly ScriptedOndiloApi _api;

    public DeviceFetcherHandlerTests()
    {
        _state = new FileStateStore(_folder.Combine("state"), _time, callsPerHour: 20);
        _queue = new InProcessWorkQueue(_time);
        _gate = new QuotaGate(_state, _time, TimeSpan.Zero);
        _api = new ScriptedOndiloApi(_gate, _time);
    }

    public void Dispose()
    {
        _state.Dispose();
        _folder.Dispose();
    }

    private DeviceFetcherHandler CreateSut(IOndiloApi? api = null) => new(
        api ?? _api,
        new FetcherPorts { Ledger = _state, Leases = _state, Sink = new LocalFolderSink(_folder.Combine("lake"), _time), Queue = _queue, Failures = _state },
        _time,
        new FetcherOptions());

    private static WorkMessage Message(DateOnly day, MeasurePeriod window = MeasurePeriod.Week) => new()
    {
        Version = 1, RunId = "run-1", PoolId = Pool, PoolName = "Pool", Day = day, Types = ["temperature", "ph"], Window = window,
    };

    private static IncomingMessage Incoming(WorkMessage message, string id = "m-1", int receiveCount = 1) => IncomingMessage.Parse(id, WorkMessageCodec.Serialize(message), receiveCount);

    private static WorkMessage Body(DeadLetter letter) =>
        WorkMessageCodec.TryParse(letter.Body, out var message, out var problem) ? message! : throw new InvalidOperationException(problem);

    [Fact]
    public async Task HandleAsync_FreshDay_ReadsTheWindowOnceAndWritesEveryDayOfIt()
    {
        var result = await CreateSut().HandleAsync(Incoming(Message(Yesterday)), CancellationToken.None);
        var sibling = await CreateSut().HandleAsync(Incoming(Message(Yesterday.AddDays(-3)), "m-2"), CancellationToken.None);

        Assert.Equal(FetchOutcome.Collected, result.Outcome);
        Assert.Equal(2, result.ApiCalls);
        // The week window's days 19–24; the 18th, which it began after the midnight of, is left to the month window.
        Assert.Equal(6, result.DaysWritten);
        Assert.Equal(48, LocalLake.ReadDay(_folder.Combine("lake"), Pool, Yesterday).Count());
        Assert.Equal(FetchOutcome.Skipped, sibling.Outcome);
        Assert.Equal(2, _api.Calls);
    }

    [Fact]
    public async Task HandleAsync_MonthHint_ReadsTheMonthWindowForARecentDay()
    {
        await CreateSut().HandleAsync(Incoming(Message(Yesterday, MeasurePeriod.Month)), CancellationToken.None);

        Assert.All(_api.Reads, read => Assert.Equal(MeasurePeriod.Month, read.Period));
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("""{"v":9,"runId":"r","poolId":1,"day":"2026-11-24","types":["ph"]}""")]
    public async Task HandleAsync_Poison_IsDeadLetteredAtOnceWithItsReason(string body)
    {
        var result = await CreateSut().HandleAsync(IncomingMessage.Parse("m-1", body, 1), CancellationToken.None);

        Assert.Equal(FetchOutcome.DeadLettered, result.Outcome);
        var letter = Assert.Single(_queue.DeadLetters);
        Assert.Equal(body, letter.Body);
        Assert.Equal(result.Reason, letter.Reason);
        Assert.Equal(0, _api.Calls);
    }

    [Fact]
    public async Task HandleAsync_NoBudget_DefersToTheNextHourWithoutCalling()
    {
        await _state.TryTakeAsync(19, CancellationToken.None);

        var result = await CreateSut().HandleAsync(Incoming(Message(Yesterday)), CancellationToken.None);

        Assert.Equal(FetchOutcome.Deferred, result.Outcome);
        Assert.Equal(OndiloFailure.QuotaExhausted, result.Failure);
        Assert.Equal(0, _api.Calls);
        Assert.Empty(await _queue.ReceiveAsync(10, CancellationToken.None));
        var deferred = Assert.Single(await PeekAfterAsync(TimeSpan.FromMinutes(15)));
        Assert.True(WorkMessageCodec.TryParse(deferred.Body, out var message, out _));
        Assert.Equal(1, message!.DeferCount);
        Assert.True(message.NotBefore >= new DateTimeOffset(2026, 11, 25, 4, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public async Task HandleAsync_EarlyDelivery_IsDeferredAgainAtNoCost()
    {
        var early = Message(Yesterday) with { NotBefore = _time.GetUtcNow().AddMinutes(40), DeferCount = 3 };

        var result = await CreateSut().HandleAsync(Incoming(early), CancellationToken.None);

        Assert.Equal(FetchOutcome.Deferred, result.Outcome);
        Assert.Equal(0, _api.Calls);
        Assert.Empty(await _queue.ReceiveAsync(10, CancellationToken.None));
        var again = Assert.Single(await PeekAfterAsync(TimeSpan.FromMinutes(15)));
        Assert.True(WorkMessageCodec.TryParse(again.Body, out var message, out _));
        Assert.Equal(early.NotBefore, message!.NotBefore);
        Assert.Equal(4, message.DeferCount);
    }

    [Fact]
    public async Task HandleAsync_ApiQuotaAnswer_EmptiesTheBudgetAndDefers()
    {
        _api.Failure = new OndiloApiException(OndiloFailure.QuotaExhausted, "/pools/234/measures", HttpStatusCode.BadRequest, "quota");

        var result = await CreateSut().HandleAsync(Incoming(Message(Yesterday)), CancellationToken.None);

        Assert.Equal(FetchOutcome.Deferred, result.Outcome);
        var usage = await _state.GetUsageAsync(CancellationToken.None);
        Assert.Equal(usage.Limit, usage.Used);
    }

    [Theory]
    [InlineData(OndiloFailure.Transient, HttpStatusCode.BadGateway, "Retry")]
    [InlineData(OndiloFailure.BadResponse, HttpStatusCode.OK, "Retry")]
    [InlineData(OndiloFailure.LoginRequired, HttpStatusCode.BadRequest, "Retry")]
    [InlineData(OndiloFailure.Rejected, HttpStatusCode.NotFound, "DeadLettered")]
    public async Task HandleAsync_ApiFailure_MapsToWhatTheQueueShouldDo(OndiloFailure failure, HttpStatusCode status, string expected)
    {
        _api.Failure = new OndiloApiException(failure, "/pools/234/measures", status, "failed");

        var result = await CreateSut().HandleAsync(Incoming(Message(Yesterday)), CancellationToken.None);

        Assert.Equal(Enum.Parse<FetchOutcome>(expected), result.Outcome);
        Assert.Empty(LocalLake.ReadAll(_folder.Combine("lake")));
        Assert.Empty(await _state.GetAsync(Pool, Yesterday, Yesterday, CancellationToken.None));
    }

    [Fact]
    public async Task HandleAsync_FailsAgainAfterDeferrals_DeadLetteredAtTheFifthFailureWithTheLastError()
    {
        _api.Failure = new IOException("the delivery stream is down");
        var failedBefore = Message(Yesterday) with { Failures = 3, DeferCount = 40 };

        var result = await CreateSut().HandleAsync(Incoming(failedBefore, receiveCount: 2), CancellationToken.None);

        Assert.Equal(FetchOutcome.DeadLettered, result.Outcome);
        Assert.Equal(5, result.Failures);
        var letter = Assert.Single(_queue.DeadLetters);
        Assert.Equal("failed 5 times; last error: IOException: the delivery stream is down", letter.Reason);
        Assert.Equal((0, letter.Reason, _time.GetUtcNow()), (Body(letter).Failures, Body(letter).LastError, Body(letter).DeadLetteredAt));
    }

    [Fact]
    public async Task HandleAsync_FourthFailure_RetriedByTheQueue()
    {
        _api.Failure = new OndiloApiException(OndiloFailure.Transient, "/pools/234/measures", HttpStatusCode.InternalServerError, "500");

        var result = await CreateSut().HandleAsync(Incoming(Message(Yesterday) with { Failures = 2 }, receiveCount: 2), CancellationToken.None);

        Assert.Equal((FetchOutcome.Retry, 4), (result.Outcome, result.Failures));
        Assert.Empty(_queue.DeadLetters);
    }

    [Fact]
    public async Task HandleAsync_RevokedLoginAfterDeferrals_DeadLetteredAtTheFifthFailureSayingToLogIn()
    {
        _api.Failure = new OndiloApiException(OndiloFailure.LoginRequired, "/oauth2/token", HttpStatusCode.BadRequest, "Ondilo says the refresh token is no longer valid: run `ondilo-fanout login` to store a new token.");

        var result = await CreateSut().HandleAsync(Incoming(Message(Yesterday) with { Failures = 4, DeferCount = 12 }), CancellationToken.None);

        Assert.Equal((FetchOutcome.DeadLettered, OndiloFailure.LoginRequired), (result.Outcome, result.Failure));
        Assert.Contains("ondilo-fanout login", Assert.Single(_queue.DeadLetters).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_DeferredAfterFailedReceives_TheResentMessageCarriesThoseFailures()
    {
        await _state.TryTakeAsync(20, CancellationToken.None);

        var result = await CreateSut().HandleAsync(Incoming(Message(Yesterday) with { Failures = 1 }, receiveCount: 3), CancellationToken.None);

        Assert.Equal(FetchOutcome.Deferred, result.Outcome);
        var deferred = Assert.Single(await PeekAfterAsync(TimeSpan.FromMinutes(15)));
        Assert.True(WorkMessageCodec.TryParse(deferred.Body, out var message, out _));
        Assert.Equal(3, message!.Failures);
    }

    [Fact]
    public async Task HandleAsync_DeliveredAfterFiveCrashedReceives_DeadLetteredWithoutCalling()
    {
        var result = await CreateSut().HandleAsync(Incoming(Message(Yesterday) with { Failures = 2 }, receiveCount: 4), CancellationToken.None);

        Assert.Equal(FetchOutcome.DeadLettered, result.Outcome);
        Assert.Contains("failed 5 times", Assert.Single(_queue.DeadLetters).Reason, StringComparison.Ordinal);
        Assert.Equal(0, _api.Calls);
    }

    [Fact]
    public async Task HandleAsync_FailedRead_CountsForThePoolAndTheFifthBlocksItsOtherMessages()
    {
        _api.Failure = new IOException("the delivery stream is down");
        for (var i = 0; i < FailurePolicy.MaxFailures; i++)
        {
            await CreateSut().HandleAsync(Incoming(Message(Yesterday.AddDays(-i)), $"m-{i}"), CancellationToken.None);
        }

        var sibling = await CreateSut().HandleAsync(Incoming(Message(Yesterday.AddDays(-5)), "m-5"), CancellationToken.None);

        Assert.Equal(FetchOutcome.DeadLettered, sibling.Outcome);
        Assert.Equal(FailurePolicy.MaxFailures, _api.Calls);
        Assert.Equal($"the work on pool {Pool} failed 5 times in this run; last error: IOException: the delivery stream is down", Assert.Single(_queue.DeadLetters).Reason);
        Assert.Null(await _state.GetStreakAsync(Pool, "another-run", CancellationToken.None));
    }

    [Fact]
    public async Task HandleAsync_RedrivenAfterThePoolWasBlocked_ReadsAgainAndClearsTheStreakOnSuccess()
    {
        var blockedAt = _time.GetUtcNow().AddHours(-2);
        await _state.PutStreakAsync(Pool, "run-1", new FailureStreak { Failures = 5, LastError = "500", LastFailedAt = blockedAt, BlockedAt = blockedAt }, CancellationToken.None);
        var redriven = Message(Yesterday) with { DeadLetteredAt = blockedAt.AddMinutes(1), LastError = "failed 5 times" };

        var result = await CreateSut().HandleAsync(Incoming(redriven), CancellationToken.None);

        Assert.Equal(FetchOutcome.Collected, result.Outcome);
        Assert.Null(await _state.GetStreakAsync(Pool, "run-1", CancellationToken.None));
    }

    [Fact]
    public async Task HandleAsync_DayLeftTheHistoryAfterFailures_DeadLetteredNotClosed()
    {
        var old = Yesterday.AddDays(-40);

        var result = await CreateSut().HandleAsync(Incoming(Message(old) with { Failures = 2, LastError = "IOException: the delivery stream is down" }), CancellationToken.None);

        Assert.Equal(FetchOutcome.DeadLettered, result.Outcome);
        Assert.Contains("the delivery stream is down", Assert.Single(_queue.DeadLetters).Reason, StringComparison.Ordinal);
        Assert.Empty(await _state.GetAsync(Pool, old, old, CancellationToken.None));
    }

    [Fact]
    public async Task HandleAsync_TokenRefusalThatNamesNeitherTheLoginNorTheQuota_EmptiesTheBudgetAndCountsAFailure()
    {
        _api.Failure = new OndiloApiException(OndiloFailure.AmbiguousRefusal, "/oauth2/token", HttpStatusCode.BadRequest, "400 without a reason");

        var result = await CreateSut().HandleAsync(Incoming(Message(Yesterday)), CancellationToken.None);

        Assert.Equal((FetchOutcome.Retry, 1), (result.Outcome, result.Failures));
        var usage = await _state.GetUsageAsync(CancellationToken.None);
        Assert.Equal(usage.Limit, usage.Used);
    }

    [Fact]
    public async Task HandleAsync_PoolLeasedByAnother_DefersUntilTheLeaseEnds()
    {
        await _state.TryAcquireAsync(Pool, "other", TimeSpan.FromMinutes(5), CancellationToken.None);

        var result = await CreateSut().HandleAsync(Incoming(Message(Yesterday)), CancellationToken.None);

        Assert.Equal(FetchOutcome.Deferred, result.Outcome);
        Assert.Equal(0, _api.Calls);
    }

    [Fact]
    public async Task HandleAsync_DayGoneFromTheHistory_IsClosedWithoutACall()
    {
        var result = await CreateSut().HandleAsync(Incoming(Message(Yesterday.AddDays(-40))), CancellationToken.None);

        Assert.Equal(FetchOutcome.Expired, result.Outcome);
        var entry = Assert.Single(await _state.GetAsync(Pool, Yesterday.AddDays(-40), Yesterday.AddDays(-40), CancellationToken.None));
        Assert.Equal(DayStatus.Closed, entry.Value.Status);
        Assert.Equal(0, _api.Calls);
    }

    [Fact]
    public async Task ProcessAsync_CancelledMidway_ReportsTheRestAsRetries()
    {
        using var cancel = new CancellationTokenSource();
        await cancel.CancelAsync();

        var results = await new BatchProcessor<IncomingMessage, FetchResult>(CreateSut()).ProcessAsync([Incoming(Message(Yesterday)), Incoming(Message(Yesterday), "m-2")], cancel.Token);

        Assert.All(results, r => Assert.Equal(FetchOutcome.Retry, r.Outcome));
        Assert.All(results, r => Assert.Equal(Yesterday, r.Day));
    }

    [Fact]
    public async Task HandleAsync_OlderDayHalfAnHourAfterMidnight_ReadsAtOnceAndWritesYesterdayPartial()
    {
        _time.SetUtcNow(new DateTimeOffset(2026, 11, 26, 0, 30, 0, TimeSpan.Zero));
        var (older, justEnded) = (new DateOnly(2026, 11, 22), new DateOnly(2026, 11, 25));

        var result = await CreateSut().HandleAsync(Incoming(Message(older)), CancellationToken.None);

        Assert.Equal(FetchOutcome.Collected, result.Outcome);
        var ledger = await _state.GetAsync(Pool, older, justEnded, CancellationToken.None);
        Assert.Equal(DayStatus.Complete, ledger[older].Status);
        // Up to 22:30, two hours before the read: the rest comes with a read after 02:00.
        Assert.Equal((DayStatus.Partial, 2 * 23), (ledger[justEnded].Status, ledger[justEnded].Records));
    }

    [Fact]
    public async Task HandleAsync_YesterdayHalfAnHourAfterMidnight_DeferredUntilItsUploadsSettle()
    {
        _time.SetUtcNow(new DateTimeOffset(2026, 11, 26, 0, 30, 0, TimeSpan.Zero));

        var result = await CreateSut().HandleAsync(Incoming(Message(new DateOnly(2026, 11, 25))), CancellationToken.None);

        Assert.Equal(FetchOutcome.Deferred, result.Outcome);
        Assert.Equal(0, _api.Calls);
        var deferred = Assert.Single(await PeekAfterAsync(TimeSpan.FromMinutes(90)));
        Assert.True(WorkMessageCodec.TryParse(deferred.Body, out var message, out _));
        Assert.Equal(new DateTimeOffset(2026, 11, 26, 2, 0, 0, TimeSpan.Zero), message!.NotBefore);
    }

    [Fact]
    public async Task HandleAsync_ReadsOutlastTheMarginPastTheDaysMidnight_RetriedThenReadWithTheMonthWindow()
    {
        // The week window still covers the 19th, with the margin, when the fetch starts; the second read starts 30 minutes later.
        var day = new DateOnly(2026, 11, 19);
        _time.SetUtcNow(UtcDay.Start(day) + MeasurePeriod.Week.Span() - HistoryWindow.ReadMargin);
        var sut = CreateSut(new SlowOndiloApi(_api, _time, TimeSpan.FromMinutes(30)));

        var first = await sut.HandleAsync(Incoming(Message(day)), CancellationToken.None);
        var notWritten = await _state.GetAsync(Pool, day, day, CancellationToken.None);
        // The queue hands it out again later.
        _time.Advance(TimeSpan.FromHours(2));
        var again = await sut.HandleAsync(Incoming(Message(day)), CancellationToken.None);

        Assert.Equal(FetchOutcome.Retry, first.Outcome);
        Assert.Empty(notWritten);
        Assert.Equal(FetchOutcome.Collected, again.Outcome);
        Assert.Equal([MeasurePeriod.Week, MeasurePeriod.Week, MeasurePeriod.Month, MeasurePeriod.Month], _api.Reads.Select(r => r.Period));
        var entry = (await _state.GetAsync(Pool, day, day, CancellationToken.None))[day];
        Assert.Equal((DayStatus.Complete, 48), (entry.Status, entry.Records));
    }

    private async Task<IReadOnlyList<QueueMessage>> PeekAfterAsync(TimeSpan wait)
    {
        _time.Advance(wait);
        return await _queue.ReceiveAsync(10, CancellationToken.None);
    }
}
