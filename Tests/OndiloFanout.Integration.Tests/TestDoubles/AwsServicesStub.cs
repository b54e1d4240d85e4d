using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using OndiloFanout.Tests.TestDoubles;

namespace OndiloFanout.Integration.Tests.TestDoubles;

/// <summary>
/// Firehose and Secrets Manager on one loopback endpoint (nothing on npm emulates them): answers by
/// <c>X-Amz-Target</c>, keeps the secret, and splits every delivered Firehose record back into JSON lines.
/// </summary>
internal sealed class AwsServicesStub : IAsyncDisposable
{
    private LoopbackHttpServer _server = null!;
    private readonly ConcurrentQueue<string> _lines = new();
    private readonly ConcurrentQueue<string> _authorizations = new();
    private string? _secret;
    private long _records;
    private long _bytes;

    public Uri Endpoint => _server.Endpoint;

    /// <summary>Every JSON line delivered through PutRecordBatch.</summary>
    public IReadOnlyList<string> DeliveredLines => [.. _lines];

    /// <summary>The Authorization header of every request.</summary>
    public IReadOnlyList<string> Authorizations => [.. _authorizations];

    /// <summary>Firehose records accepted so far.</summary>
    public long RecordsAccepted => Interlocked.Read(ref _records);

    /// <summary>Bytes of the accepted Firehose records (before base64).</summary>
    public long BytesAccepted => Interlocked.Read(ref _bytes);

    /// <summary>Records mentioning this text are refused (partial failure, ServiceUnavailableException).</summary>
    public string? RefuseRecordsContaining { get; set; }

    public string? Secret
    {
        get => Volatile.Read(ref _secret);
        set => Volatile.Write(ref _secret, value);
    }

    public static async Task<AwsServicesStub> StartAsync()
    {
        var stub = new AwsServicesStub();
        stub._server = await LoopbackHttpServer.StartAsync(stub.HandleAsync);
        return stub;
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    private async Task HandleAsync(HttpContext context)
    {
        using var document = await JsonDocument.ParseAsync(context.Request.Body);
        _authorizations.Enqueue(context.Request.Headers.Authorization.ToString());
        var target = context.Request.Headers["X-Amz-Target"].ToString();
        context.Response.ContentType = "application/x-amz-json-1.1";
        var (status, body) = target switch
        {
            "secretsmanager.GetSecretValue" => Secret is null
                ? (400, """{"__type":"ResourceNotFoundException","message":"Secrets Manager can't find the specified secret value."}""")
                : (200, new System.Text.Json.Nodes.JsonObject { ["ARN"] = "arn:aws:secretsmanager:us-east-1:1:secret:OndiloToken", ["Name"] = "OndiloToken", ["VersionId"] = "v1", ["SecretString"] = Secret }.ToJsonString()),
            "secretsmanager.PutSecretValue" => Put(document.RootElement),
            "Firehose_20150804.PutRecordBatch" => Deliver(document.RootElement),
            _ => (400, $$"""{"__type":"UnknownOperationException","message":"{{target}}"}"""),
        };
        context.Response.StatusCode = status;
        await context.Response.WriteAsync(body);
    }

    private (int, string) Put(JsonElement request)
    {
        Secret = request.GetProperty("SecretString").GetString();
        return (200, """{"ARN":"arn:aws:secretsmanager:us-east-1:1:secret:OndiloToken","Name":"OndiloToken","VersionId":"v2"}""");
    }

    private (int, string) Deliver(JsonElement request)
    {
        var responses = new List<string>();
        var failed = 0;
        foreach (var record in request.GetProperty("Records").EnumerateArray())
        {
            var data = record.GetProperty("Data").GetBytesFromBase64();
            var text = Encoding.UTF8.GetString(data);
            if (RefuseRecordsContaining is { } refused && text.Contains(refused, StringComparison.Ordinal))
            {
                failed++;
                responses.Add("""{"ErrorCode":"ServiceUnavailableException","ErrorMessage":"Slow down."}""");
                continue;
            }

            foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                _lines.Enqueue(line);
            }

            Interlocked.Increment(ref _records);
            Interlocked.Add(ref _bytes, data.Length);
            responses.Add($$"""{"RecordId":"{{Guid.NewGuid():N}}"}""");
        }

        return (200, $$"""{"FailedPutCount":{{failed}},"Encrypted":false,"RequestResponses":[{{string.Join(',', responses)}}]}""");
    }
}
