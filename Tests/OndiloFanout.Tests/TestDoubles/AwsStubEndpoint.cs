using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;

namespace OndiloFanout.Tests.TestDoubles;

/// <summary>
/// A real HTTP server on 127.0.0.1 (free port) standing in for an AWS JSON-protocol endpoint: it records every
/// request and answers the scripted responses in order (then 500, so a missing script fails loudly).
/// </summary>
internal sealed class AwsStubEndpoint : IAsyncDisposable
{
    private LoopbackHttpServer server = null!;
    private readonly ConcurrentQueue<StubResponse> script = new();
    private readonly ConcurrentQueue<RecordedRequest> requests = new();

    public Uri Endpoint => server.Endpoint;

    public IReadOnlyList<RecordedRequest> Requests => requests.ToList();

    public static async Task<AwsStubEndpoint> StartAsync()
    {
        var stub = new AwsStubEndpoint();
        stub.server = await LoopbackHttpServer.StartAsync(stub.HandleAsync);
        return stub;
    }

    public AwsStubEndpoint Answer(int status, string body, params (string Name, string Value)[] headers)
    {
        script.Enqueue(new StubResponse(status, body, headers));
        return this;
    }

    public ValueTask DisposeAsync() => server.DisposeAsync();

    private async Task HandleAsync(HttpContext context)
    {
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body);
        requests.Enqueue(new RecordedRequest(
            context.Request.Method,
            context.Request.Path + context.Request.QueryString,
            context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
            body.ToArray()));
        var response = script.TryDequeue(out var next) ? next : new StubResponse(500, """{"__type":"NoScriptedResponse","message":"none left"}""", []);
        context.Response.StatusCode = response.Status;
        context.Response.ContentType = "application/x-amz-json-1.1";
        foreach (var (name, value) in response.Headers)
        {
            context.Response.Headers[name] = value;
        }

        await context.Response.WriteAsync(response.Body);
    }

    private sealed record StubResponse(int Status, string Body, (string Name, string Value)[] Headers);
}

/// <summary>One request as the stub received it.</summary>
internal sealed record RecordedRequest(string Method, string PathAndQuery, IReadOnlyDictionary<string, string> Headers, byte[] Body)
{
    public string BodyText => System.Text.Encoding.UTF8.GetString(Body);
}
