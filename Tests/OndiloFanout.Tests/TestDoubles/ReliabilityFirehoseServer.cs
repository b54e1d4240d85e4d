using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using OndiloFanout.Domain.Collection;

namespace OndiloFanout.Tests.TestDoubles;

/// <summary>
/// A Firehose <c>PutRecordBatch</c> endpoint on 127.0.0.1 that misbehaves the way the service does, on the fixed
/// pattern of its <see cref="ReliabilityFirehoseFaults"/>: calls throttled whole (400 <c>ThrottlingException</c>) and
/// records refused with <c>ServiceUnavailableException</c> inside an HTTP 200. Accepted records are de-aggregated into
/// <see cref="Delivered"/>, as the delivery stream's <c>RecordDeAggregation</c> processor would before writing S3.
/// </summary>
internal sealed class ReliabilityFirehoseServer : IAsyncDisposable
{
    private LoopbackHttpServer _server = null!;
    private readonly ConcurrentQueue<MeasureRecord> _delivered = new();
    private readonly Lock _gate = new();
    private int _calls;
    private int _deliveredSeen;

    public Uri Endpoint => _server.Endpoint;

    public required ReliabilityFirehoseFaults Faults { get; init; }

    public int Calls => Volatile.Read(ref _calls);

    public int ThrottledAnswers { get; private set; }

    public int RefusedRecords { get; private set; }

    public IReadOnlyList<MeasureRecord> Delivered => [.. _delivered];

    public static async Task<ReliabilityFirehoseServer> StartAsync(ReliabilityFirehoseFaults faults)
    {
        var server = new ReliabilityFirehoseServer { Faults = faults };
        server._server = await LoopbackHttpServer.StartAsync(server.HandleAsync);
        return server;
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    private async Task HandleAsync(HttpContext context)
    {
        using var document = await JsonDocument.ParseAsync(context.Request.Body);
        string answer;
        lock (_gate)
        {
            var call = ++_calls;
            if (Faults.IsThrottled(call))
            {
                ThrottledAnswers++;
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                answer = """{"__type":"ThrottlingException","message":"Rate exceeded for the delivery stream."}""";
            }
            else
            {
                answer = Accept(document.RootElement.GetProperty("Records"));
            }
        }

        context.Response.ContentType = "application/x-amz-json-1.1";
        await context.Response.WriteAsync(answer);
    }

    private string Accept(JsonElement records)
    {
        var entries = new List<string>();
        var failed = 0;
        foreach (var record in records.EnumerateArray())
        {
            if (Faults.IsRefused(++_deliveredSeen))
            {
                failed++;
                RefusedRecords++;
                entries.Add("""{"ErrorCode":"ServiceUnavailableException","ErrorMessage":"Slow down."}""");
                continue;
            }

            var data = Encoding.UTF8.GetString(record.GetProperty("Data").GetBytesFromBase64());
            foreach (var line in data.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                _delivered.Enqueue(JsonSerializer.Deserialize(line, MeasureRecordJsonContext.Default.MeasureRecord)!);
            }

            entries.Add($$"""{"RecordId":"{{Guid.NewGuid():N}}"}""");
        }

        return $$"""{"FailedPutCount":{{failed}},"Encrypted":false,"RequestResponses":[{{string.Join(',', entries)}}]}""";
    }
}
