using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace OndiloFanout.Tests.TestDoubles;

/// <summary>
/// A real HTTP server on 127.0.0.1 (free port) that answers scripted responses in order, whatever the path,
/// and records every request. An unscripted request gets a 599 so that a test expecting fewer calls fails loudly.
/// </summary>
internal sealed class OndiloStubServer : IAsyncDisposable
{
    private LoopbackHttpServer _server = null!;
    private readonly ConcurrentQueue<Func<HttpContext, Task>> _responders = new();
    private readonly ConcurrentQueue<OndiloStubRequest> _requests = new();

    /// <summary>The server's root, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseUri => _server.Endpoint;

    public IReadOnlyList<OndiloStubRequest> Requests => _requests.ToArray();

    public static async Task<OndiloStubServer> StartAsync()
    {
        var server = new OndiloStubServer();
        server._server = await LoopbackHttpServer.StartAsync(server.HandleAsync);
        return server;
    }

    /// <summary>Answers the next request with <paramref name="status"/> and <paramref name="body"/>.</summary>
    public void Enqueue(int status, string body, string contentType = "application/json") =>
        _responders.Enqueue(async context =>
        {
            context.Response.StatusCode = status;
            context.Response.ContentType = contentType;
            await context.Response.WriteAsync(body, context.RequestAborted);
        });

    /// <summary>Answers the next request with a doc example body from Fixtures/ondilo.</summary>
    public void EnqueueFixture(string name) =>
        Enqueue(200, File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "ondilo", name)));

    /// <summary>Answers the next request with a token endpoint body.</summary>
    public void EnqueueToken(string accessToken, string? refreshToken = null, int expiresIn = 3600) =>
        Enqueue(200, refreshToken is null
            ? $$"""{"access_token":"{{accessToken}}","expires_in":{{expiresIn}},"token_type":"Bearer","scope":"api"}"""
            : $$"""{"access_token":"{{accessToken}}","refresh_token":"{{refreshToken}}","expires_in":{{expiresIn}},"token_type":"Bearer","scope":"api"}""");

    /// <summary>Drops the connection of the next request without an answer.</summary>
    public void EnqueueReset() => _responders.Enqueue(context =>
    {
        context.Abort();
        return Task.CompletedTask;
    });

    /// <summary>Never answers the next request; the returned task completes when that request has arrived.</summary>
    public Task EnqueueHang()
    {
        var arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _responders.Enqueue(async context =>
        {
            arrived.SetResult();
            try
            {
                await Task.Delay(Timeout.Infinite, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                // The client went away: that is what the test waits for.
            }
        });
        return arrived.Task;
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        var rawTarget = context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget;
        _requests.Enqueue(new OndiloStubRequest(
            context.Request.Method, context.Request.Path.Value ?? string.Empty, rawTarget, context.Request.Headers.Authorization.FirstOrDefault(), body));

        if (_responders.TryDequeue(out var responder))
        {
            await responder(context);
            return;
        }

        context.Response.StatusCode = 599;
        await context.Response.WriteAsync("no scripted response", context.RequestAborted);
    }
}
