using Amazon.DynamoDBv2;
using Amazon.S3;
using Amazon.SQS;
using OndiloFanout.Aws;
using OndiloFanout.Aws.Firehose;
using OndiloFanout.Aws.SecretsManager;
using OndiloFanout.Lambda;
using OndiloFanout.Domain.Ports;
using OndiloFanout.Ondilo;

namespace OndiloFanout.Pipeline.Composition;

/// <summary>
/// The AWS side of the ports, built once per Lambda container from its settings: SQS and DynamoDB through the SDK,
/// Firehose and Secrets Manager through the project's signed JSON clients. Endpoints honour <c>AWS_ENDPOINT_URL_*</c>.
/// </summary>
public sealed class AwsPorts : IDisposable
{
    private readonly AmazonSQSClient _sqs;
    private readonly AmazonDynamoDBClient _dynamo;
    private readonly AmazonS3Client? _s3;
    private readonly DefaultAwsCredentialsSource _credentials;

    public AwsPorts(FunctionSettings settings, HttpClient http, TimeProvider time, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(time);
        _credentials = new DefaultAwsCredentialsSource();
        _sqs = new AmazonSQSClient();
        _dynamo = new AmazonDynamoDBClient();
        var region = AwsRegion.FromEnvironment(environment);
        AwsJsonClient Client(AwsServiceDescriptor service) => AwsServiceClients.Create(service, http, _credentials, time, region, environment);

        State = new DynamoDbStateStore(_dynamo, settings.StateTableName, time, settings.CallsPerHour);
        Queue = new SqsWorkQueue(_sqs, settings.QueueUrl, settings.DeadLetterQueueUrl, time);
        TokenStore = new SecretsManagerTokenStore(new SecretsManagerClient(Client(AwsServiceDescriptor.SecretsManager)), settings.TokenSecretId);
        Sink = settings.DeliveryStreamName is { Length: > 0 } stream
            ? new FirehoseRecordSink(new FirehoseClient(Client(AwsServiceDescriptor.Firehose)), stream, time, new FirehoseRecordSinkOptions())
            : null;
        _s3 = settings.PoolSnapshotBucket is null ? null : new AmazonS3Client();
        PoolSnapshots = _s3 is null ? null : new S3PoolSnapshotSink(_s3, settings.PoolSnapshotBucket!, settings.PoolSnapshotPrefix);
    }

    public DynamoDbStateStore State { get; }

    public IWorkQueue Queue { get; }

    public ITokenStore TokenStore { get; }

    /// <summary>The Firehose sink; <c>null</c> when no delivery stream is configured (the scheduler needs none).</summary>
    public IRecordSink? Sink { get; }

    /// <summary>The S3 pool snapshot sink; <c>null</c> when no snapshot bucket is configured.</summary>
    public IPoolSnapshotSink? PoolSnapshots { get; }

    public void Dispose()
    {
        _s3?.Dispose();
        _sqs.Dispose();
        _dynamo.Dispose();
        _credentials.Dispose();
    }
}
