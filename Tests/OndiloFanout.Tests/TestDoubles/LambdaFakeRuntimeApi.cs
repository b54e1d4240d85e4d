using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OndiloFanout.Lambda;

namespace OndiloFanout.Tests.TestDoubles;

/// <summary>
/// A Lambda Runtime API on 127.0.0.1 (Kestrel, free port) for tests of the bootstrap in-process or of a published
/// function as a process (set <c>AWS_LAMBDA_RUNTIME_API</c> to <see cref="Address"/>). It hands out scripted
/// invocations in order, long-polls when none is queued, and records every response, error and init error.
/// </summary>
internal sealed class LambdaFakeRuntimeApi : IAsyncDisposable
{
    public const string FunctionArn = "arn:aws:lambda:eu-west-1:123456789012:function:test-function";
    private const string Base = "/" + RuntimeApiHeaders.ApiVersion + "/";

    private readonly WebApplication _app;
    private readonly Channel<ScriptedInvocation> _queue = Channel.CreateUnbounded<ScriptedInvocation>();
    private readonly ConcurrentDictionary<string, TaskCompletionSource<LambdaFakeResult>> _results = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<LambdaFakeResult> _initErrors = new();
    private readonly TaskCompletionSource<LambdaFakeResult> _firstInitError = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _modeChanged = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile bool _stopAfterQueueDrained;
    private volatile bool _failWith500;
    private volatile bool _rejectResponses;
    private int _nextCount;

    private LambdaFakeRuntimeApi(WebApplication app) => _app = app;

    /// <summary><c>127.0.0.1:port</c>, the value for <c>AWS_LAMBDA_RUNTIME_API</c>.</summary>
    public string Address { get; private set; } = "";

    /// <summary>Init errors posted so far.</summary>
    public IReadOnlyList<LambdaFakeResult> InitErrors => [.. _initErrors];

    /// <summary>How many next-event polls were answered with an event.</summary>
    public int InvocationsServed => Volatile.Read(ref _nextCount);

    public static async Task<LambdaFakeRuntimeApi> StartAsync(CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(1));
        var app = builder.Build();
        var api = new LambdaFakeRuntimeApi(app);
        app.MapGet(Base + RuntimeApiHeaders.NextPath, api.NextAsync);
        app.MapPost(Base + "runtime/invocation/{requestId}/response", context => api.RecordAsync(context, isError: false));
        app.MapPost(Base + "runtime/invocation/{requestId}/error", context => api.RecordAsync(context, isError: true));
        app.MapPost(Base + RuntimeApiHeaders.InitErrorPath, api.RecordInitErrorAsync);
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        api.Address = new Uri(address).Authority;
        return api;
    }

    /// <summary>Queues an event; <paramref name="traceId"/> null sends no trace header.</summary>
    public void EnqueueInvocation(string requestId, string body, DateTimeOffset deadline, string? traceId = null)
    {
        _results.GetOrAdd(requestId, NewResult);
        _queue.Writer.TryWrite(new ScriptedInvocation(requestId, body, deadline, traceId));
    }

    /// <summary>The response or error the runtime posts for <paramref name="requestId"/>.</summary>
    public Task<LambdaFakeResult> WaitForResultAsync(string requestId, CancellationToken cancellationToken) =>
        _results.GetOrAdd(requestId, NewResult).Task.WaitAsync(cancellationToken);

    /// <summary>The first init error the runtime posts.</summary>
    public Task<LambdaFakeResult> WaitForInitErrorAsync(CancellationToken cancellationToken) =>
        _firstInitError.Task.WaitAsync(cancellationToken);

    /// <summary>Once the queue is empty, answer next with 500, which makes a runtime exit.</summary>
    public void StopAfterQueueDrained()
    {
        _stopAfterQueueDrained = true;
        _modeChanged.TrySetResult();
    }

    /// <summary>Answer every call with 500 from now on (a broken execution environment).</summary>
    public void FailWith500()
    {
        _failWith500 = true;
        _modeChanged.TrySetResult();
    }

    /// <summary>Answer response posts with 413 (payload too large), as Lambda does for a response over 6 MB.</summary>
    public void RejectResponses() => _rejectResponses = true;

    public async ValueTask DisposeAsync()
    {
        FailWith500(); // releases pending long polls so shutdown does not wait for them
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static TaskCompletionSource<LambdaFakeResult> NewResult(string requestId) =>
        new(TaskCreationOptions.RunContinuationsAsynchronously);

    private async Task NextAsync(HttpContext context)
    {
        while (!context.RequestAborted.IsCancellationRequested)
        {
            if (_failWith500)
            {
                break;
            }

            if (_queue.Reader.TryRead(out var invocation))
            {
                Interlocked.Increment(ref _nextCount);
                var headers = context.Response.Headers;
                headers[RuntimeApiHeaders.RequestId] = invocation.RequestId;
                headers[RuntimeApiHeaders.DeadlineMs] = invocation.Deadline.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
                headers[RuntimeApiHeaders.InvokedFunctionArn] = FunctionArn;
                if (invocation.TraceId is not null)
                {
                    headers[RuntimeApiHeaders.TraceId] = invocation.TraceId;
                }

                context.Response.ContentType = "application/json";
                await context.Response.WriteAsync(invocation.Body, context.RequestAborted);
                return;
            }

            if (_stopAfterQueueDrained)
            {
                break;
            }

            await Task.WhenAny(_queue.Reader.WaitToReadAsync(context.RequestAborted).AsTask(), _modeChanged.Task);
        }

        context.Response.StatusCode = StatusCodes.Status500InternalServerError;
    }

    private async Task RecordAsync(HttpContext context, bool isError)
    {
        if (_failWith500)
        {
            context.Response.StatusCode = StatusCodes.Status500InternalServerError;
            return;
        }

        if (!isError && _rejectResponses)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }

        var requestId = (string)context.Request.RouteValues["requestId"]!;
        var result = await ReadPostAsync(context, requestId, isError);
        _results.GetOrAdd(requestId, NewResult).TrySetResult(result);
        context.Response.StatusCode = StatusCodes.Status202Accepted;
    }

    private async Task RecordInitErrorAsync(HttpContext context)
    {
        var result = await ReadPostAsync(context, requestId: "", isError: true);
        _initErrors.Enqueue(result);
        _firstInitError.TrySetResult(result);
        context.Response.StatusCode = StatusCodes.Status202Accepted;
    }

    private static async Task<LambdaFakeResult> ReadPostAsync(HttpContext context, string requestId, bool isError)
    {
        using var reader = new StreamReader(context.Request.Body);
        return new LambdaFakeResult
        {
            RequestId = requestId,
            IsError = isError,
            Body = await reader.ReadToEndAsync(context.RequestAborted),
            ErrorTypeHeader = context.Request.Headers[RuntimeApiHeaders.FunctionErrorType].FirstOrDefault(),
            ContentType = context.Request.ContentType,
        };
    }

    private sealed record ScriptedInvocation(string RequestId, string Body, DateTimeOffset Deadline, string? TraceId);
}
