using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace OndiloFanout.Benchmarks.ColdStart;

/// <summary>
/// Firehose and Secrets Manager on 127.0.0.1 for the functions as processes (no emulator of either exists here):
/// <c>GetSecretValue</c> answers the token it was given, <c>PutSecretValue</c> accepts, <c>PutRecordBatch</c>
/// accepts every record and counts them.
/// </summary>
internal sealed class AwsStubServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly string _secret;
    private long _records;
    private long _bytes;

    private AwsStubServer(WebApplication app, string secret) => (_app, _secret) = (app, secret);

    /// <summary>The endpoint URL for <c>AWS_ENDPOINT_URL_FIREHOSE</c> and <c>AWS_ENDPOINT_URL_SECRETS_MANAGER</c>.</summary>
    public string Url { get; private set; } = "";

    /// <summary>Firehose records accepted so far.</summary>
    public long RecordsAccepted => Interlocked.Read(ref _records);

    /// <summary>Bytes of the accepted Firehose records (before base64).</summary>
    public long BytesAccepted => Interlocked.Read(ref _bytes);

    public static async Task<AwsStubServer> StartAsync(string secretString, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(1));
        var app = builder.Build();
        var stub = new AwsStubServer(app, secretString);
        app.MapPost("/", stub.HandleAsync);
        await app.StartAsync(cancellationToken);
        stub.Url = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return stub;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var target = context.Request.Headers["X-Amz-Target"].ToString();
        using var request = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
        context.Response.ContentType = "application/x-amz-json-1.1";
        var body = target switch
        {
            "secretsmanager.GetSecretValue" => Secret(),
            "secretsmanager.PutSecretValue" => """{"ARN":"arn:aws:secretsmanager:us-east-1:123456789012:secret:ondilo-token","Name":"ondilo-token","VersionId":"v2"}""",
            "Firehose_20150804.PutRecordBatch" => Accept(request.RootElement.GetProperty("Records")),
            _ => null,
        };
        if (body is null)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            body = """{"__type":"UnknownOperationException","message":"not stubbed"}""";
        }

        await context.Response.WriteAsync(body, context.RequestAborted);
    }

    private string Secret()
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("ARN", "arn:aws:secretsmanager:us-east-1:123456789012:secret:ondilo-token");
            json.WriteString("Name", "ondilo-token");
            json.WriteString("VersionId", "v1");
            json.WriteString("SecretString", _secret);
            json.WriteStartArray("VersionStages");
            json.WriteStringValue("AWSCURRENT");
            json.WriteEndArray();
            json.WriteNumber("CreatedDate", 1_700_000_000);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private string Accept(JsonElement records)
    {
        var builder = new StringBuilder("""{"FailedPutCount":0,"Encrypted":false,"RequestResponses":[""");
        var count = 0;
        foreach (var record in records.EnumerateArray())
        {
            Interlocked.Add(ref _bytes, record.GetProperty("Data").GetBytesFromBase64().Length);
            builder.Append(count++ == 0 ? "" : ",").Append("{\"RecordId\":\"r").Append(count).Append("\"}");
        }

        Interlocked.Add(ref _records, count);
        return builder.Append("]}").ToString();
    }
}
