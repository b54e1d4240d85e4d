using Microsoft.Extensions.Time.Testing;
using Ondilo.Simulator;
using OndiloFanout.Collection;
using OndiloFanout.Composition;
using OndiloFanout.Functions.Scheduler;
using OndiloFanout.Local;
using OndiloFanout.Ondilo;
using OndiloFanout.Tests.TestDoubles;
using Xunit;

namespace OndiloFanout.Tests.Functions;

/// <summary>The scheduler against the simulator over HTTP, with the local ports.</summary>
public sealed class SchedulerHandlerTests : IAsyncLifetime, IDisposable
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 25, 2, 30, 0, TimeSpan.Zero));
    private readonly LocalTempFolder _folder = new();
    private readonly HttpClient _http = new();
    private OndiloSimulatorHost _simulator = null!;
    private FileStateStore _state = null!;
    private InProcessWorkQueue _queue = null!;
    private OndiloConnection _ondilo = null!;

    public async Task InitializeAsync()
    {
        _simulator = await OndiloSimulatorHost.StartAsync(new SimulatorOptions { Pools = 2 }, _time, CancellationToken.None);
        var minted = _simulator.IssueToken();
        var tokens = new FileTokenStore(_folder.Combine("token.json"));
        await tokens.SaveAsync(new OndiloToken { AccessToken = minted.AccessToken, RefreshToken = minted.RefreshToken, ExpiresAt = _time.GetUtcNow().AddSeconds(minted.ExpiresIn) }, CancellationToken.None);
        _state = new FileStateStore(_folder.Combine("state"), _time, callsPerHour: 20);
        _queue = new InProcessWorkQueue(_time);
        _ondilo = new OndiloConnection(_http, tokens, _state, new OndiloClientOptions { BaseUri = _simulator.BaseUri }, _time, TimeSpan.Zero);
    }

    public async Task DisposeAsync()
    {
        await _simulator.DisposeAsync();
        Dispose();
    }

    public void Dispose()
    {
        _ondilo?.Dispose();
        _state?.Dispose();
        _http.Dispose();
        _folder.Dispose();
    }

    private SchedulerHandler CreateSut() => new(_ondilo.Api, _ondilo.Gate, _state, _queue, _time, new SchedulerOptions());

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
        var summary = await CreateSut().HandleAsync("""{"month":"true"}""", CancellationToken.None);

        var messages = await DrainAsync();
        Assert.Equal(60, summary.Enqueued);
        Assert.Equal(60, messages.Count);
        Assert.Equal(1, summary.ApiCalls);
        Assert.Equal(1, _simulator.RequestCount);
        Assert.All(messages, m => Assert.Equal("month", m.Window));
        var salt = _simulator.Account.Pools.Single(p => p.DisinfectionPrimary == "salt");
        Assert.All(messages.Where(m => m.PoolId == salt.Id), m => Assert.Contains("salt", m.Types));
        Assert.All(messages.Where(m => m.PoolId != salt.Id), m => Assert.Contains("tds", m.Types));
    }

    [Fact]
    public async Task HandleAsync_PoolsFilterAndDryRun_PlansOnlyThoseAndEnqueuesNothing()
    {
        var pool = _simulator.Account.Pools[1].Id;

        var summary = await CreateSut().HandleAsync($$"""{"from":"2026-11-20","to":"2026-11-24","pools":[{{pool}},999999],"dryRun":true}""", CancellationToken.None);

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
        var day = new DateOnly(2026, 11, 24);
        await _state.PutAsync(new LedgerEntry { PoolId = pool, Day = day, Status = DayStatus.Complete, Records = 144, Cursor = new Dictionary<string, DateTimeOffset>(), UpdatedAt = _time.GetUtcNow() }, CancellationToken.None);

        var summary = await CreateSut().HandleAsync("{}", CancellationToken.None);

        Assert.Equal(1, summary.Skipped);
        Assert.Equal(1, summary.Enqueued);
        Assert.DoesNotContain(await DrainAsync(), m => m.PoolId == pool);
    }

    [Fact]
    public async Task HandleAsync_BadInput_EnqueuesNothingAndCallsNothing()
    {
        var error = await Assert.ThrowsAsync<SchedulerInputException>(() => CreateSut().HandleAsync("""{"month":"yes"}""", CancellationToken.None));

        Assert.Contains("\"month\"", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, _simulator.RequestCount);
        Assert.Empty(await DrainAsync());
    }

    [Fact]
    public async Task HandleAsync_NoBudget_RefusesBeforeCallingAndSaysUntilWhen()
    {
        await _state.ExhaustAsync(CancellationToken.None);

        var error = await Assert.ThrowsAsync<OndiloApiException>(() => CreateSut().HandleAsync("{}", CancellationToken.None));

        Assert.Equal(OndiloFailure.QuotaExhausted, error.Failure);
        Assert.Contains("03:00 UTC", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, _simulator.RequestCount);
    }
}
