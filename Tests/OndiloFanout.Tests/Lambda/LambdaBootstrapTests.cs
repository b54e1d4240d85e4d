using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using OndiloFanout.Contracts;
using OndiloFanout.Lambda;
using OndiloFanout.Lambda.Logging;
using OndiloFanout.Tests.TestDoubles;
using Xunit;

namespace OndiloFanout.Tests.Lambda;

[Trait("Category", "TimeSensitive")]
public sealed class LambdaBootstrapTests : IAsyncLifetime, IDisposable
{
    private const string TraceHeader = "Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1";
    private static readonly DateTimeOffset Start = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);
    private readonly CancellationTokenSource _timeout = new(TimeSpan.FromSeconds(10));
    private readonly FakeTimeProvider _time = new(Start);
    private readonly LambdaFakeEnvironment _environment = new();
    private readonly StringWriter _output = new();
    private LambdaFakeRuntimeApi _api = null!;

    public async Task InitializeAsync()
    {
        _api = await LambdaFakeRuntimeApi.StartAsync(_timeout.Token);
        _environment[LambdaEnvironmentVariables.RuntimeApi] = _api.Address;
        _environment[LambdaEnvironmentVariables.FunctionName] = "fetcher";
        _environment[SettingNames.ServiceName] = "fetcher-svc";
    }

    public async Task DisposeAsync() => await _api.DisposeAsync();

    public void Dispose()
    {
        _timeout.Dispose();
        _output.Dispose();
    }

    [Fact]
    public async Task RunAsync_Invocation_PostsHandlerResponse()
    {
        _api.EnqueueInvocation("req-1", "ping", Start.AddSeconds(30));
        _api.StopAfterQueueDrained();

        await RunAsync(Echo);

        var result = await _api.WaitForResultAsync("req-1", _timeout.Token);
        Assert.False(result.IsError);
        Assert.Equal("echo:ping", result.Body);
    }

    [Fact]
    public async Task RunAsync_CallerCancels_ExitsZero()
    {
        _api.EnqueueInvocation("req-1", "ping", Start.AddSeconds(30));
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(_timeout.Token);
        var run = LambdaBootstrap.RunAsync(Echo, CreateOptions(), stop.Token);
        await _api.WaitForResultAsync("req-1", _timeout.Token);

        await stop.CancelAsync();

        Assert.Equal(0, await run);
    }

    [Fact]
    public async Task RunAsync_RuntimeApiAnswers500_ExitsNonZeroAndLogsCritical()
    {
        _api.StopAfterQueueDrained();

        var exitCode = await RunAsync(Echo);

        Assert.Equal(1, exitCode);
        Assert.Contains(LogLines(), line => line.GetProperty(LogKeys.Level).GetString() == "Critical"
            && line.GetProperty(LogKeys.Exception).GetProperty("type").GetString() == typeof(RuntimeApiContainerException).FullName);
    }

    [Fact]
    public async Task RunAsync_HandlerThrows_PostsErrorAndServesNextEvent()
    {
        _api.EnqueueInvocation("req-1", "fail", Start.AddSeconds(30));
        _api.EnqueueInvocation("req-2", "ok", Start.AddSeconds(30));
        _api.StopAfterQueueDrained();

        await RunAsync(Handler((body, _, _) => body == "fail"
            ? throw new InvalidOperationException("pool 123 unreadable")
            : Task.FromResult(body)));

        var failed = await _api.WaitForResultAsync("req-1", _timeout.Token);
        Assert.True(failed.IsError);
        Assert.Equal("InvalidOperationException", failed.ErrorTypeHeader);
        Assert.Equal("pool 123 unreadable", failed.Error!.ErrorMessage);
        Assert.Equal("ok", (await _api.WaitForResultAsync("req-2", _timeout.Token)).Body);
        Assert.Contains(LogLines(), line => line.GetProperty(LogKeys.Level).GetString() == "Error"
            && line.GetProperty(LogKeys.FunctionRequestId).GetString() == "req-1"
            && line.GetProperty(LogKeys.Exception).GetProperty("message").GetString() == "pool 123 unreadable");
    }

    [Fact]
    public async Task RunAsync_ResponseRefused_ReportsRefusalAsErrorAndGoesOn()
    {
        _api.RejectResponses();
        _api.EnqueueInvocation("req-1", "big", Start.AddSeconds(30));
        _api.StopAfterQueueDrained();

        var exitCode = await RunAsync(Echo);

        var result = await _api.WaitForResultAsync("req-1", _timeout.Token);
        Assert.True(result.IsError);
        Assert.Equal(nameof(RuntimeApiException), result.ErrorTypeHeader);
        Assert.Contains("413", result.Error!.ErrorMessage, StringComparison.Ordinal);
        Assert.Equal(1, exitCode); // from the drained queue's 500, not from the refusal
        Assert.Equal(1, _api.InvocationsServed);
    }

    [Fact]
    public async Task RunAsync_InitializationThrows_PostsInitErrorAndExitsNonZero()
    {
        _api.EnqueueInvocation("req-1", "ping", Start.AddSeconds(30));

        var exitCode = await RunAsync((_, _) => throw new InvalidOperationException("STATE_TABLE_NAME is not set"));

        Assert.Equal(1, exitCode);
        var initError = Assert.Single(_api.InitErrors);
        Assert.Equal("InvalidOperationException", initError.ErrorTypeHeader);
        Assert.Equal("STATE_TABLE_NAME is not set", initError.Error!.ErrorMessage);
        Assert.Equal(0, _api.InvocationsServed);
    }

    [Fact]
    public async Task RunAsync_BadEventJson_PostsInvalidEventError()
    {
        _api.EnqueueInvocation("req-1", "{not json", Start.AddSeconds(30));
        _api.StopAfterQueueDrained();

        await RunAsync((_, _) => Task.FromResult(HandlerWrapper.Create(
            (SQSEvent _, ILambdaContext _, CancellationToken _) => Task.FromResult(new SQSBatchResponse { BatchItemFailures = [] }),
            LambdaJsonContext.Default.SQSEvent,
            LambdaJsonContext.Default.SQSBatchResponse)));

        var result = await _api.WaitForResultAsync("req-1", _timeout.Token);
        Assert.Equal(nameof(InvalidEventException), result.ErrorTypeHeader);
        Assert.Equal(nameof(InvalidEventException), result.Error!.ErrorType);
    }

    [Fact]
    public async Task RunAsync_DeadlineNears_TokenFiresExactlySafetyMarginBefore()
    {
        var started = new TaskCompletionSource<CancellationToken>(TaskCreationOptions.RunContinuationsAsynchronously);
        _api.EnqueueInvocation("req-1", "wait", Start.AddSeconds(30));
        _api.StopAfterQueueDrained();
        var run = RunAsync(Handler(async (_, _, token) =>
        {
            started.SetResult(token);
            await Task.Delay(Timeout.InfiniteTimeSpan, token).ContinueWith(_ => { }, TaskScheduler.Default);
            return "cancelled";
        }));
        var token = await started.Task.WaitAsync(_timeout.Token);

        _time.Advance(TimeSpan.FromSeconds(28.5) - TimeSpan.FromMilliseconds(1));
        var cancelledEarly = token.IsCancellationRequested;
        _time.Advance(TimeSpan.FromMilliseconds(1));

        Assert.False(cancelledEarly);
        Assert.True(token.IsCancellationRequested);
        Assert.Equal("cancelled", (await _api.WaitForResultAsync("req-1", _timeout.Token)).Body);
        await run;
    }

    [Fact]
    public async Task RunAsync_DeadlineAlreadyInsideMargin_TokenCancelledAtOnce()
    {
        _api.EnqueueInvocation("req-1", "x", Start.AddSeconds(1));
        _api.StopAfterQueueDrained();

        await RunAsync(Handler((_, _, token) => Task.FromResult(token.IsCancellationRequested.ToString())));

        Assert.Equal("True", (await _api.WaitForResultAsync("req-1", _timeout.Token)).Body);
    }

    [Fact]
    public async Task RunAsync_TraceHeader_SetsTraceVariableAndClearsItWhenAbsent()
    {
        var seen = new List<string?>();
        _api.EnqueueInvocation("req-1", "a", Start.AddSeconds(30), TraceHeader);
        _api.EnqueueInvocation("req-2", "b", Start.AddSeconds(30));
        _api.StopAfterQueueDrained();

        await RunAsync(Handler((body, _, _) =>
        {
            seen.Add(_environment[LambdaEnvironmentVariables.TraceId]);
            return Task.FromResult(body);
        }));

        Assert.Equal([TraceHeader, null], seen);
    }

    [Fact]
    public async Task RunAsync_Invocation_ContextCarriesHeadersEnvironmentAndClock()
    {
        ILambdaContext? seen = null;
        TimeSpan remaining = default;
        _api.EnqueueInvocation("req-1", "x", Start.AddSeconds(30));
        _api.StopAfterQueueDrained();

        await RunAsync(Handler((body, context, _) =>
        {
            seen = context;
            remaining = context.RemainingTime;
            return Task.FromResult(body);
        }));

        Assert.Equal("req-1", seen!.AwsRequestId);
        Assert.Equal(LambdaFakeRuntimeApi.FunctionArn, seen.InvokedFunctionArn);
        Assert.Equal("fetcher", seen.FunctionName);
        Assert.Equal(Start.AddSeconds(30), seen.Deadline);
        Assert.Equal(TimeSpan.FromSeconds(30), remaining);
    }

    [Fact]
    public async Task RunAsync_HandlerLogs_LinesCarryInvocationKeysAndColdStartOnce()
    {
        _api.EnqueueInvocation("req-1", "a", Start.AddSeconds(30), TraceHeader);
        _api.EnqueueInvocation("req-2", "b", Start.AddSeconds(30));
        _api.StopAfterQueueDrained();

        await RunAsync((startup, _) => Task.FromResult<LambdaHandler>((_, _, _) =>
        {
            startup.Logger.Information("handled");
            return Task.FromResult<ReadOnlyMemory<byte>>(Array.Empty<byte>());
        }));

        var handled = LogLines().Where(line => line.GetProperty(LogKeys.Message).GetString() == "handled").ToList();
        Assert.Equal(2, handled.Count);
        Assert.True(handled[0].GetProperty(LogKeys.ColdStart).GetBoolean());
        Assert.Equal("req-1", handled[0].GetProperty(LogKeys.FunctionRequestId).GetString());
        Assert.Equal(TraceHeader, handled[0].GetProperty(LogKeys.XrayTraceId).GetString());
        Assert.Equal("fetcher", handled[0].GetProperty(LogKeys.FunctionName).GetString());
        Assert.Equal("fetcher-svc", handled[0].GetProperty(LogKeys.Service).GetString());
        Assert.False(handled[1].GetProperty(LogKeys.ColdStart).GetBoolean());
        Assert.Equal("req-2", handled[1].GetProperty(LogKeys.FunctionRequestId).GetString());
        Assert.False(handled[1].TryGetProperty(LogKeys.XrayTraceId, out _));
    }

    [Fact]
    public async Task RunAsync_HandlerAddsMetricThenThrows_MetricsStillFlushed()
    {
        _environment[SettingNames.MetricsNamespace] = "Test/Namespace";
        _api.EnqueueInvocation("req-1", "a", Start.AddSeconds(30));
        _api.StopAfterQueueDrained();

        await RunAsync((startup, _) => Task.FromResult<LambdaHandler>((_, _, _) =>
        {
            startup.Metrics.AddMetric(MetricNames.OndiloApiCalls, 2);
            throw new InvalidOperationException("after the call");
        }));

        var emf = Assert.Single(LogLines(), line => line.TryGetProperty("_aws", out _));
        Assert.Equal(2, emf.GetProperty(MetricNames.OndiloApiCalls).GetDouble());
        Assert.Equal("Test/Namespace", emf.GetProperty("_aws").GetProperty("CloudWatchMetrics")[0].GetProperty("Namespace").GetString());
    }

    [Fact]
    public async Task RunAsync_RegisteredSecretInException_NeverLeavesTheProcess()
    {
        const string token = "0f1e2d3c4b5a69788796a5b4c3d2e1f0";
        _api.EnqueueInvocation("req-1", "a", Start.AddSeconds(30));
        _api.StopAfterQueueDrained();

        await RunAsync((startup, _) =>
        {
            startup.Redactor.Register(token);
            return Task.FromResult<LambdaHandler>((_, _, _) => throw new InvalidOperationException($"refresh with {token} failed"));
        });

        var result = await _api.WaitForResultAsync("req-1", _timeout.Token);
        Assert.DoesNotContain(token, result.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(token, _output.ToString(), StringComparison.Ordinal);
        Assert.Contains(SecretRedactor.Mask, result.Error!.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_NoRuntimeApiVariable_ExitsNonZeroWithoutInitializing()
    {
        _environment[LambdaEnvironmentVariables.RuntimeApi] = null;
        var initialized = false;

        var exitCode = await RunAsync((_, _) =>
        {
            initialized = true;
            return Echo(null!, CancellationToken.None);
        });

        Assert.Equal(1, exitCode);
        Assert.False(initialized);
        Assert.Contains(LambdaEnvironmentVariables.RuntimeApi, _output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_ClockStartSetAndNoTimeProviderGiven_HandlerAndLogsRunFromThatInstant()
    {
        var instant = new DateTimeOffset(2027, 1, 1, 0, 30, 0, TimeSpan.Zero);
        _environment[SettingNames.ClockStart] = "2027-01-01T00:30:00Z";
        _api.EnqueueInvocation("req-1", "ping", instant.AddSeconds(30));
        _api.StopAfterQueueDrained();
        var seen = DateTimeOffset.MinValue;

        var exitCode = await LambdaBootstrap.RunAsync(
            (startup, _) =>
            {
                seen = startup.TimeProvider.GetUtcNow();
                startup.Logger.Information("initialized");
                return Echo(startup, CancellationToken.None);
            },
            CreateOptions() with { TimeProvider = null },
            _timeout.Token);

        Assert.Equal(1, exitCode);
        Assert.InRange(seen, instant, instant.AddSeconds(10));
        Assert.Equal("echo:ping", (await _api.WaitForResultAsync("req-1", _timeout.Token)).Body);
        Assert.All(LogLines().Where(line => line.TryGetProperty(LogKeys.Timestamp, out _)), line => Assert.StartsWith("2027-01-01T00:30:", line.GetProperty(LogKeys.Timestamp).GetString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunAsync_ClockStartNotAnInstant_ExitsNonZeroNamingTheSetting()
    {
        _environment[SettingNames.ClockStart] = "tomorrow";
        var initialized = false;

        var exitCode = await LambdaBootstrap.RunAsync(
            (_, _) =>
            {
                initialized = true;
                return Echo(null!, CancellationToken.None);
            },
            CreateOptions() with { TimeProvider = null },
            _timeout.Token);

        Assert.Equal(1, exitCode);
        Assert.False(initialized);
        Assert.Contains(SettingNames.ClockStart, _output.ToString(), StringComparison.Ordinal);
    }

    private Task<int> RunAsync(Func<LambdaStartup, CancellationToken, Task<LambdaHandler>> initialize) =>
        LambdaBootstrap.RunAsync(initialize, CreateOptions(), _timeout.Token);

    private LambdaBootstrapOptions CreateOptions() => new()
    {
        Environment = _environment,
        TimeProvider = _time,
        Output = TextWriter.Synchronized(_output),
    };

    private static Task<LambdaHandler> Echo(LambdaStartup startup, CancellationToken cancellationToken) =>
        Handler((body, _, _) => Task.FromResult("echo:" + body))(startup, cancellationToken);

    private static Func<LambdaStartup, CancellationToken, Task<LambdaHandler>> Handler(Func<string, ILambdaContext, CancellationToken, Task<string>> handle) =>
        (_, _) => Task.FromResult<LambdaHandler>(async (input, context, token) =>
            Encoding.UTF8.GetBytes(await handle(Encoding.UTF8.GetString(input.Span), context, token)));

    private List<JsonElement> LogLines() =>
        [.. _output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement)];
}
