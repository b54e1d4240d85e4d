using Amazon.DynamoDBv2;
using Amazon.Runtime;
using Amazon.SQS;
using Amazon.SQS.Model;
using OndiloFanout.Integration.Tests.Emulators;
using OndiloFanout.Integration.Tests.TestDoubles;

namespace OndiloFanout.Benchmarks.ColdStart;

/// <summary>
/// SQS (fauxqs) and DynamoDB (dynalite) on loopback, started from the repository's npm packages exactly as the
/// integration tests start them, plus the Firehose/Secrets Manager stub: what the functions talk to as processes.
/// </summary>
internal sealed class LocalAws : IAsyncDisposable
{
    private readonly EmulatorProcess _fauxqs;
    private readonly EmulatorProcess _dynalite;
    private readonly AmazonSQSClient _sqs;
    private readonly AmazonDynamoDBClient _dynamo;

    private LocalAws(EmulatorProcess fauxqs, EmulatorProcess dynalite, AwsServicesStub stub, string queueUrl, string deadLetterQueueUrl)
    {
        (_fauxqs, _dynalite, Stub, QueueUrl, DeadLetterQueueUrl) = (fauxqs, dynalite, stub, queueUrl, deadLetterQueueUrl);
        var credentials = new BasicAWSCredentials("test", "test");
        _sqs = new AmazonSQSClient(credentials, new AmazonSQSConfig { ServiceURL = fauxqs.ServiceUrl, AuthenticationRegion = Region });
        _dynamo = new AmazonDynamoDBClient(credentials, new AmazonDynamoDBConfig { ServiceURL = dynalite.ServiceUrl, AuthenticationRegion = Region });
    }

    public const string Region = "us-east-1";

    public AwsServicesStub Stub { get; }

    public string QueueUrl { get; }

    public string DeadLetterQueueUrl { get; }

    public string SqsUrl => _fauxqs.ServiceUrl;

    public string DynamoDbUrl => _dynalite.ServiceUrl;

    public static async Task<LocalAws> StartAsync(string secretString, CancellationToken cancellationToken)
    {
        var fauxqs = await EmulatorProcess.StartAsync("fauxqs-server.mjs", "fauxqs");
        var dynalite = await EmulatorProcess.StartAsync("dynalite-server.mjs", "dynalite");
        var stub = await AwsServicesStub.StartAsync();
        stub.Secret = secretString;
        using var sqs = new AmazonSQSClient(new BasicAWSCredentials("test", "test"), new AmazonSQSConfig { ServiceURL = fauxqs.ServiceUrl, AuthenticationRegion = Region });
        var dlq = (await sqs.CreateQueueAsync(new CreateQueueRequest { QueueName = "bench-dlq" }, cancellationToken)).QueueUrl;
        var queue = (await sqs.CreateQueueAsync(new CreateQueueRequest { QueueName = "bench-work" }, cancellationToken)).QueueUrl;
        return new LocalAws(fauxqs, dynalite, stub, queue, dlq);
    }

    /// <summary>A fresh state table, so that every cold start finds an empty ledger and a full quota budget.</summary>
    public async Task<string> CreateStateTableAsync(CancellationToken cancellationToken)
    {
        var name = $"bench-state-{Guid.NewGuid():N}";
        await DynamoDbStateTable.CreateAsync(_dynamo, name, cancellationToken);
        return name;
    }

    public async ValueTask DisposeAsync()
    {
        _sqs.Dispose();
        _dynamo.Dispose();
        await Stub.DisposeAsync();
        await _fauxqs.DisposeAsync();
        await _dynalite.DisposeAsync();
    }
}
