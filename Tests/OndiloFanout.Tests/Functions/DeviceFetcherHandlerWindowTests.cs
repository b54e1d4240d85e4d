using Microsoft.Extensions.Time.Testing;
using OndiloFanout.Collection;
using OndiloFanout.Functions.DeviceFetcher;
using OndiloFanout.Local;
using OndiloFanout.Ondilo;
using OndiloFanout.Tests.TestDoubles;
using Xunit;

namespace OndiloFanout.Tests.Functions;

/// <summary>The fetcher's window: when a read may start, which window it reads, and that its own day ends settled.</summary>
public sealed class DeviceFetcherHandlerWindowTests : IDisposable
{
    private const long Pool = 234;
    private static readonly DateOnly Yesterday = new(2026, 11, 24);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 25, 0, 30, 0, TimeSpan.Zero));
    private readonly LocalTempFolder _folder = new();
    private readonly FileStateStore _state;
    private readonly InProcessWorkQueue _queue;
    private readonly QuotaGate _gate;
    private readonly ScriptedOndiloApi _api;

    public DeviceFetcherHandlerWindowTests()
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
        _gate,
        new FetcherPorts { Ledger = _state, Leases = _state, Budget = _state, Sink = new LocalFolderSink(_folder.Combine("lake"), _time), Queue = _queue },
        _time,
        new FetcherOptions());

    private static IncomingMessage Incoming(DateOnly day, string window = "week") => new(
        "m-1",
        WorkMessageCodec.Serialize(new WorkMessage { Version = 1, RunId = "run-1", PoolId = Pool, PoolName = "Pool", Day = day, Types = ["temperature", "ph"], Window = window }),
        1);

    [Fact]
    public async Task HandleAsync_OlderDayHalfAnHourAfterMidnight_ReadsAtOnceAndWritesYesterdayPartial()
    {
        var result = await CreateSut().HandleAsync(Incoming(Yesterday.AddDays(-3)), CancellationToken.None);

        Assert.Equal(FetchOutcome.Collected, result.Outcome);
        var ledger = await _state.GetAsync(Pool, Yesterday.AddDays(-3), Yesterday, CancellationToken.None);
        Assert.Equal(DayStatus.Complete, ledger[Yesterday.AddDays(-3)].Status);
        // Up to 22:30, two hours before the read: the rest comes with a read after 02:00.
        Assert.Equal((DayStatus.Partial, 2 * 23), (ledger[Yesterday].Status, ledger[Yesterday].Records));
    }

    [Fact]
    public async Task HandleAsync_YesterdayHalfAnHourAfterMidnight_DeferredUntilItsUploadsSettle()
    {
        var result = await CreateSut().HandleAsync(Incoming(Yesterday), CancellationToken.None);

        Assert.Equal(FetchOutcome.Deferred, result.Outcome);
        Assert.Equal(0, _api.CallCount);
        _time.Advance(TimeSpan.FromMinutes(90));
        var deferred = Assert.Single(await _queue.ReceiveAsync(10, CancellationToken.None));
        Assert.True(WorkMessageCodec.TryParse(deferred.Body, out var message, out _));
        Assert.Equal(new DateTimeOffset(2026, 11, 25, 2, 0, 0, TimeSpan.Zero), message!.NotBefore);
    }

    [Fact]
    public async Task HandleAsync_ReadsOutlastTheMarginPastTheDaysMidnight_RetriedThenReadWithTheMonthWindow()
    {
        // The week window still covers the 18th, with the margin, when the fetch starts; the second read starts 30 minutes later.
        var day = new DateOnly(2026, 11, 19);
        _time.SetUtcNow(UtcDay.Start(day) + MeasurePeriod.Week.Span() - HistoryWindow.ReadMargin);
        var slow = new SlowOndiloApi(_api, _time, TimeSpan.FromMinutes(30));

        var first = await CreateSut(slow).HandleAsync(Incoming(day), CancellationToken.None);
        var notWritten = await _state.GetAsync(Pool, day, day, CancellationToken.None);
        // The queue hands it out again later.
        _time.Advance(TimeSpan.FromHours(2));
        var again = await CreateSut(slow).HandleAsync(Incoming(day), CancellationToken.None);

        Assert.Equal(FetchOutcome.Retry, first.Outcome);
        Assert.Empty(notWritten);
        Assert.Equal(FetchOutcome.Collected, again.Outcome);
        Assert.Equal([MeasurePeriod.Week, MeasurePeriod.Week, MeasurePeriod.Month, MeasurePeriod.Month], _api.Reads.Select(r => r.Period));
        var entry = (await _state.GetAsync(Pool, day, day, CancellationToken.None))[day];
        Assert.Equal((DayStatus.Complete, 48), (entry.Status, entry.Records));
    }
}
