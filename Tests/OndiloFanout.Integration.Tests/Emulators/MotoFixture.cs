using System.Diagnostics.CodeAnalysis;
using Amazon.DynamoDBv2;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.SQS;
using Xunit;

namespace OndiloFanout.Integration.Tests.Emulators;

/// <summary>
/// One moto server for the whole <see cref="MotoCollection"/>: SQS, DynamoDB, S3, Firehose (delivering to its S3) and
/// Secrets Manager in one process, written by people who never saw this project. SDK clients point at it.
/// </summary>
[SuppressMessage("Reliability", "CA1001", Justification = "xunit disposes fixtures through IAsyncLifetime.DisposeAsync.")]
public sealed class MotoFixture : IAsyncLifetime, ISqsEmulator
{
    /// <summary>The region every client signs for; moto keeps one set of resources per region.</summary>
    public const string Region = "us-east-1";

    private EmulatorProcess? _emulator;
    private AmazonSQSClient? _sqs;
    private AmazonDynamoDBClient? _dynamo;
    private AmazonS3Client? _s3;

    /// <summary>moto's base URL: every service on one endpoint.</summary>
    public string ServiceUrl => _emulator?.ServiceUrl ?? throw new InvalidOperationException("The fixture is not initialized.");

    public AmazonSQSClient Sqs => _sqs ?? throw new InvalidOperationException("The fixture is not initialized.");

    public AmazonDynamoDBClient DynamoDb => _dynamo ?? throw new InvalidOperationException("The fixture is not initialized.");

    public AmazonS3Client S3 => _s3 ?? throw new InvalidOperationException("The fixture is not initialized.");

    AmazonSQSClient ISqsEmulator.Client => Sqs;

    /// <inheritdoc />
    public Task<string> CreateQueueAsync(string prefix, Dictionary<string, string>? attributes = null) =>
        SqsTestQueues.CreateQueueAsync(Sqs, prefix, attributes);

    public async Task InitializeAsync()
    {
        _emulator = await EmulatorProcess.StartPythonAsync("moto-server.py");
        var credentials = new BasicAWSCredentials("test", "test");
        _sqs = new AmazonSQSClient(credentials, new AmazonSQSConfig { ServiceURL = ServiceUrl, AuthenticationRegion = Region });
        _dynamo = new AmazonDynamoDBClient(credentials, new AmazonDynamoDBConfig { ServiceURL = ServiceUrl, AuthenticationRegion = Region });
        _s3 = new AmazonS3Client(credentials, new AmazonS3Config { ServiceURL = ServiceUrl, AuthenticationRegion = Region, ForcePathStyle = true });
    }

    public async Task DisposeAsync()
    {
        _sqs?.Dispose();
        _dynamo?.Dispose();
        _s3?.Dispose();
        if (_emulator is not null)
        {
            await _emulator.DisposeAsync();
        }
    }
}
