using Microsoft.Extensions.Time.Testing;
using OndiloFanout.Domain.Collection;
using OndiloFanout.Local;
using OndiloFanout.Local.Run;
using OndiloFanout.Ondilo;
using OndiloFanout.Pipeline.Fetcher;
using OndiloFanout.Tests.TestDoubles;
using Xunit;

namespace OndiloFanout.Tests.Local.Run;

public sealed class LocalEventSourceTests : IDisposable
{
    private readonly LocalTempFolder _folder = new();
    private readonly FastForwardTimeProvider _time = new(new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 3, 0, 0, TimeSpan.Zero)));
    private readonly FileStateStore _state;

    public LocalEventSourceTests() => _state = new FileStateStore(_folder.Combine("state"), _time, callsPerHour: 20);

    public void Dispose()
    {
        _state.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public async Task DrainAsync_DeadLetterSendFailsOnce_ThePoisonIsRetriedAndTheRunGoesOn()
    {
        var queue = new InProcessWorkQueue(_time);
        var gate = new QuotaGate(_state, _time, TimeSpan.Zero);
        var ports = new FetcherPorts
        {
            Ledger = _state, Leases = _state, Sink = new LocalFolderSink(_folder.Combine("lake"), _time),
            Queue = new ReliabilityFailingQueue(queue) { DeadLetterFailures = 1 }, Failures = _state,
        };
        var fetcher = new DeviceFetcherHandler(new ScriptedOndiloApi(gate, _time), ports, _time, new FetcherOptions());
        await queue.SendRawAsync("{}", CancellationToken.None);
        await queue.SendAsync([new WorkMessage { Version = 1, RunId = "r", PoolId = 1, Day = new DateOnly(2026, 11, 24), Types = ["ph"] }], CancellationToken.None);
        var tally = new FetchTally();

        await new LocalEventSource(queue, fetcher, new FastPipelineClock(_time)).DrainAsync(tally, () => { }, CancellationToken.None);

        Assert.Equal("{}", Assert.Single(queue.DeadLetters).Body);
        Assert.Equal(1, tally.Retries);
        Assert.NotEmpty(LocalLake.ReadAll(_folder.Combine("lake")));
    }
}
