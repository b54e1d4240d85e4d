using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using OndiloFanout.Domain.Collection;
using OndiloFanout.Domain.Ports;
using OndiloFanout.Functions.DeviceFetcher;
using OndiloFanout.Lambda;
using OndiloFanout.Lambda.Logging;
using OndiloFanout.Local;
using OndiloFanout.Ondilo;
using OndiloFanout.Pipeline.Fetcher;
using OndiloFanout.Tests.TestDoubles;
using Xunit;

namespace OndiloFanout.Tests.Functions;

public sealed class DeviceFetcherFunctionTests : IDisposable
{
    private const string AccessToken = "access-token-value-0123456789";
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 25, 3, 0, 0, TimeSpan.Zero));
    private readonly LocalTempFolder _folder = new();
    private readonly FileStateStore _state;
    private readonly StringWriter _output = new();

    public DeviceFetcherFunctionTests() => _state = new FileStateStore(_folder.Combine("state"), _time, 20);

    public void Dispose()
    {
        _state.Dispose();
        _output.Dispose();
        _folder.Dispose();
    }

    private static readonly WorkMessage Good = new() { Version = 1, RunId = "r", PoolId = 1, Day = new DateOnly(2026, 11, 24), Types = ["ph"] };

    private (DeviceFetcherFunction Function, ScriptedOndiloApi Api, InProcessWorkQueue Queue) CreateSut(Func<IWorkQueue, IWorkQueue>? sendQueue = null)
    {
        var gate = new QuotaGate(_state, _time, TimeSpan.Zero);
        var api = new ScriptedOndiloApi(gate, _time);
        var queue = new InProcessWorkQueue(_time);
        var ports = new FetcherPorts { Ledger = _state, Leases = _state, Sink = new LocalFolderSink(_folder.Combine("lake"), _time), Queue = sendQueue?.Invoke(queue) ?? queue, Failures = _state };
        var logger = new JsonLogger(_output, _time, new LoggerOptions { Service = "test" }, new SecretRedactor());
        var function = new DeviceFetcherFunction(new DeviceFetcherHandler(api, ports, _time, new FetcherOptions()), logger, new EmfMetrics(_output, _time, "OndiloFanout", "test"));
        return (function, api, queue);
    }

    private static SQSEvent Batch(params (string Id, string Body)[] messages) =>
        new() { Records = messages.Select(m => Sqs(m.Id, m.Body)).ToArray() };

    private static SQSEvent.SQSMessage Sqs(string id, string body) => new()
    {
        MessageId = id,
        Body = body,
        Attributes = new Dictionary<string, string> { ["ApproximateReceiveCount"] = "2" },
    };

    [Fact]
    public async Task HandleAsync_MixedBatch_ReportsOnlyTheRetryAndLogsEveryMessage()
    {
        var redactor = new SecretRedactor();
        redactor.Register(AccessToken);
        var logger = new JsonLogger(_output, _time, new LoggerOptions { Service = "test", MinimumLevel = LogLevel.Debug }, redactor);
        var gate = new QuotaGate(_state, _time, TimeSpan.Zero);
        var api = new ScriptedOndiloApi(gate, _time);
        var queue = new InProcessWorkQueue(_time);
        var ports = new FetcherPorts { Ledger = _state, Leases = _state, Sink = new LocalFolderSink(_folder.Combine("lake"), _time), Queue = queue, Failures = _state };
        var function = new DeviceFetcherFunction(new DeviceFetcherHandler(api, ports, _time, new FetcherOptions()), logger, new EmfMetrics(_output, _time, "OndiloFanout", "test"));
        var good = new WorkMessage { Version = 1, RunId = "r", PoolId = 1, Day = new DateOnly(2026, 11, 24), Types = ["ph"] };
        var failing = good with { PoolId = 2 };

        var first = await function.HandleAsync(new SQSEvent { Records = [Sqs("good", WorkMessageCodec.Serialize(good)), Sqs("poison", "{}")] }, new LambdaTestContext(), CancellationToken.None);
        api.Failure = new OndiloApiException(OndiloFailure.Transient, "/pools/2/measures", System.Net.HttpStatusCode.ServiceUnavailable, $"503 for Bearer {AccessToken}");
        var second = await function.HandleAsync(new SQSEvent { Records = [Sqs("failing", WorkMessageCodec.Serialize(failing))] }, new LambdaTestContext(), CancellationToken.None);

        Assert.Empty(first.BatchItemFailures);
        Assert.Equal("failing", Assert.Single(second.BatchItemFailures).ItemIdentifier);
        Assert.Single(queue.DeadLetters);
        var lines = _output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(["collected", "deadlettered", "retry"], lines.Where(l => l.TryGetProperty("message_id", out _)).Select(l => l.GetProperty("outcome").GetString()!.ToLowerInvariant()));
        Assert.DoesNotContain(AccessToken, _output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_QuotaAnswerWhoseDeferralCannotBeSent_OnlyThatMessageIsReportedAndTheOthersKeepTheirOutcome()
    {
        var (function, api, queue) = CreateSut(q => new ReliabilityFailingQueue(q) { FailDelayedSend = m => m.PoolId == 2 });
        api.Failure = new OndiloApiException(OndiloFailure.QuotaExhausted, "/pools/2/measures", System.Net.HttpStatusCode.BadRequest, "quota");
        api.FailingPool = 2;
        var waiting = Good with { PoolId = 3, NotBefore = _time.GetUtcNow().AddMinutes(30) };

        var response = await function.HandleAsync(
            Batch(("collected", WorkMessageCodec.Serialize(Good)), ("deferred", WorkMessageCodec.Serialize(waiting)), ("quota", WorkMessageCodec.Serialize(Good with { PoolId = 2 }))),
            new LambdaTestContext(),
            CancellationToken.None);

        Assert.Equal("quota", Assert.Single(response.BatchItemFailures).ItemIdentifier);
        Assert.Equal(1, queue.Count);
        Assert.NotEmpty(LocalLake.ReadAll(_folder.Combine("lake")));
    }

    [Fact]
    public async Task HandleAsync_PoisonWhoseDeadLetterCannotBeSent_OnlyThePoisonIsReported()
    {
        var (function, _, queue) = CreateSut(q => new ReliabilityFailingQueue(q) { DeadLetterFailures = 1 });

        var response = await function.HandleAsync(Batch(("poison", "{}"), ("good", WorkMessageCodec.Serialize(Good))), new LambdaTestContext(), CancellationToken.None);

        Assert.Equal("poison", Assert.Single(response.BatchItemFailures).ItemIdentifier);
        Assert.Empty(queue.DeadLetters);
        Assert.NotEmpty(LocalLake.ReadAll(_folder.Combine("lake")));
    }

    [Fact]
    public async Task HandleAsync_CancellationNotOfTheInvocation_OnlyThatMessageIsReported()
    {
        var (function, api, _) = CreateSut();
        api.Failure = new OperationCanceledException("a socket gave up");
        api.FailingPool = 2;

        var response = await function.HandleAsync(
            Batch(("cancelled", WorkMessageCodec.Serialize(Good with { PoolId = 2 })), ("good", WorkMessageCodec.Serialize(Good))),
            new LambdaTestContext(),
            CancellationToken.None);

        Assert.Equal("cancelled", Assert.Single(response.BatchItemFailures).ItemIdentifier);
        Assert.NotEmpty(LocalLake.ReadAll(_folder.Combine("lake")));
    }
}
