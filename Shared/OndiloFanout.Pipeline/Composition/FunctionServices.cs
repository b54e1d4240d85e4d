using Amazon.DynamoDBv2;
using Amazon.S3;
using Amazon.SQS;
using OndiloFanout.Cloud;
using OndiloFanout.Cloud.Firehose;
using OndiloFanout.Cloud.SecretsManager;
using OndiloFanout.Domain.Collection;
using OndiloFanout.Domain.Ports;
using OndiloFanout.Lambda;
using OndiloFanout.Ondilo;

namespace OndiloFanout.Pipeline.Composition;

/// <summary>
/// What both functions build at init from their environment: the settings, the pipeline over the AWS seams (SQS and
/// DynamoDB through the SDK, Firehose and Secrets Manager through the signed JSON clients, endpoints honouring
/// <c>AWS_ENDPOINT_URL_*</c>), whose tokens are registered with the logger's redactor. Lives as long as the container.
/// </summary>
public sealed record FunctionServices
{
    public required FunctionSettings Settings { get; init; }

    public required PipelineComposer Pipeline { get; init; }

    /// <summary>The S3 pool snapshot sink; null when no snapshot bucket is configured.</summary>
    public IPoolSnapshotSink? PoolSnapshots { get; init; }

    /// <summary>Reads the settings (throwing <see cref="InvalidSettingsException"/>, an init error) and composes the services.</summary>
    public static FunctionServices Create(LambdaStartup startup, bool needsDeliveryStream)
    {
        ArgumentNullException.ThrowIfNull(startup);
        Func<string, string?> environment = startup.Environment.GetVariable;
        var time = startup.TimeProvider;
        var settings = FunctionSettings.Read(environment, needsDeliveryStream);
        // One client for the container's life: Lambda freezes the process between events, connections stay warm.
        var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        var region = AwsRegion.FromEnvironment(environment);
        var credentials = new DefaultAwsCredentialsSource();
        AwsJsonClient Client(AwsServiceDescriptor service) => AwsServiceClients.Create(service, http, credentials, time, region, environment);
        var pipeline = new PipelineComposer(new PipelineSeams
        {
            Time = time,
            Queue = new SqsWorkQueue(new AmazonSQSClient(), settings.QueueUrl, settings.DeadLetterQueueUrl, time),
            State = new DynamoDbStateStore(new AmazonDynamoDBClient(), settings.StateTableName, time, settings.CallsPerHour),
            // The scheduler has no delivery stream, and needs none.
            Sink = settings.DeliveryStreamName is { Length: > 0 } stream
                ? new FirehoseRecordSink(new FirehoseClient(Client(AwsServiceDescriptor.Firehose)), stream, time, new FirehoseRecordSinkOptions())
                : null,
            Tokens = new RedactingTokenStore(new SecretsManagerTokenStore(new SecretsManagerClient(Client(AwsServiceDescriptor.SecretsManager)), settings.TokenSecretId), startup.Redactor),
            Http = http,
            Api = new OndiloClientOptions { BaseUri = settings.ApiBaseUrl },
            CallInterval = CallPacing.MinimumInterval(settings.ApiCallers),
        });
        return new FunctionServices
        {
            Settings = settings,
            Pipeline = pipeline,
            PoolSnapshots = settings.PoolSnapshotBucket is { } bucket ? new S3PoolSnapshotSink(new AmazonS3Client(), bucket, settings.PoolSnapshotPrefix) : null,
        };
    }
}
