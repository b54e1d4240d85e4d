using System.Text.Json.Nodes;
using Amazon.S3.Model;
using Amazon.SQS.Model;
using OndiloFanout.Cloud;
using OndiloFanout.Cloud.SecretsManager;
using OndiloFanout.Cloud.Signing;
using OndiloFanout.Contracts;
using OndiloFanout.Integration.Tests.Emulators;
using OndiloFanout.Integration.Tests.TestDoubles;
using OndiloFanout.Tests.TestDoubles;

namespace OndiloFanout.Integration.Tests.EndToEnd;

/// <summary>
/// What the CDK stack creates, made on moto for one test with names of its own: the token secret, the lake bucket, a
/// Firehose stream delivering into it, the work queue with its redrive policy to the dead-letter queue, and the state
/// table; plus the functions' environment naming them. moto does no dynamic partitioning: the stream's objects all
/// land under <see cref="StreamPrefix"/>, and the pool snapshots under the lake's <c>pools/</c>.
/// </summary>
internal sealed class MotoStack
{
    public const string StreamPrefix = "firehose/";
    public const int MaxReceiveCount = 5;

    private readonly HttpClient _http;
    private readonly TimeProvider _time;

    private MotoStack(MotoFixture moto, HttpClient http, TimeProvider time)
    {
        var suffix = Guid.NewGuid().ToString("N")[..12];
        (_http, _time) = (http, time);
        (Bucket, StreamName, SecretName, TableName) = ($"lake-{suffix}", $"ondilo-fanout-{suffix}", $"OndiloToken-{suffix}", $"state-{suffix}");
        Variables = new Dictionary<string, string>
        {
            ["AWS_REGION"] = MotoFixture.Region,
            ["AWS_ACCESS_KEY_ID"] = AwsFakeCredentialsSource.Example.AccessKeyId,
            ["AWS_SECRET_ACCESS_KEY"] = AwsFakeCredentialsSource.Example.SecretAccessKey,
            ["AWS_SESSION_TOKEN"] = AwsFakeCredentialsSource.Example.SessionToken!,
            ["AWS_EC2_METADATA_DISABLED"] = "true",
            // The endpoint settings the SDKs and the project's own JSON clients honour, one per service.
            ["AWS_ENDPOINT_URL_SQS"] = moto.ServiceUrl,
            ["AWS_ENDPOINT_URL_DYNAMODB"] = moto.ServiceUrl,
            ["AWS_ENDPOINT_URL_S3"] = moto.ServiceUrl,
            [AwsEndpoints.ServiceVariableName(AwsServiceDescriptor.Firehose.ServiceId)] = moto.ServiceUrl,
            [AwsEndpoints.ServiceVariableName(AwsServiceDescriptor.SecretsManager.ServiceId)] = moto.ServiceUrl,
            [SettingNames.TokenSecretId] = SecretName,
            [SettingNames.StateTableName] = TableName,
            [SettingNames.DeliveryStreamName] = StreamName,
            [SettingNames.PoolSnapshotBucket] = Bucket,
            [SettingNames.ServiceName] = "ondilo-fanout",
            [SettingNames.LogLevel] = "Debug",
        };
    }

    public string Bucket { get; }

    public string StreamName { get; }

    public string SecretName { get; }

    public string TableName { get; }

    public string QueueUrl => Variables[SettingNames.QueueUrl];

    public string DeadLetterQueueUrl => Variables[SettingNames.DeadLetterQueueUrl];

    /// <summary>The functions' environment, but for the Runtime API, the Ondilo API and the clock.</summary>
    public Dictionary<string, string> Variables { get; }

    /// <summary>The project's Secrets Manager client, reaching moto through the functions' own endpoint settings.</summary>
    public SecretsManagerClient Secrets => new(Client(AwsServiceDescriptor.SecretsManager));

    public static async Task<MotoStack> CreateAsync(MotoFixture moto, HttpClient http, string secretString, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(moto);
        var stack = new MotoStack(moto, http, time);
        await moto.S3.PutBucketAsync(new PutBucketRequest { BucketName = stack.Bucket });
        await stack.SendAsync(AwsServiceDescriptor.SecretsManager, "CreateSecret", new JsonObject { ["Name"] = stack.SecretName, ["SecretString"] = secretString });
        await stack.SendAsync(AwsServiceDescriptor.Firehose, "CreateDeliveryStream", new JsonObject
        {
            ["DeliveryStreamName"] = stack.StreamName,
            ["DeliveryStreamType"] = "DirectPut",
            ["ExtendedS3DestinationConfiguration"] = new JsonObject
            {
                ["RoleARN"] = "arn:aws:iam::123456789012:role/firehose",
                ["BucketARN"] = $"arn:aws:s3:::{stack.Bucket}",
                ["Prefix"] = StreamPrefix,
            },
        });
        var deadLetterQueueUrl = (await moto.Sqs.CreateQueueAsync(new CreateQueueRequest { QueueName = $"dlq-{stack.StreamName}" })).QueueUrl;
        var deadLetterArn = (await moto.Sqs.GetQueueAttributesAsync(deadLetterQueueUrl, ["QueueArn"])).QueueARN;
        var queueUrl = (await moto.Sqs.CreateQueueAsync(new CreateQueueRequest
        {
            QueueName = $"work-{stack.StreamName}",
            Attributes = new Dictionary<string, string> { ["RedrivePolicy"] = $$"""{"deadLetterTargetArn":"{{deadLetterArn}}","maxReceiveCount":"{{MaxReceiveCount}}"}""" },
        })).QueueUrl;
        (stack.Variables[SettingNames.QueueUrl], stack.Variables[SettingNames.DeadLetterQueueUrl]) = (queueUrl, deadLetterQueueUrl);
        await DynamoDbStateTable.CreateAsync(moto.DynamoDb, stack.TableName, CancellationToken.None);
        return stack;
    }

    /// <summary>Calls a JSON-protocol operation no adapter of the project makes (creating things, listing versions).</summary>
    public Task<JsonObject> SendAsync(AwsServiceDescriptor service, string operation, JsonObject request) =>
        Client(service).SendAsync(operation, request, MotoJsonContext.Default.JsonObject, MotoJsonContext.Default.JsonObject, CancellationToken.None);

    private AwsJsonClient Client(AwsServiceDescriptor service) =>
        new(
            _http,
            new AwsJsonClientSettings { Service = service, Region = MotoFixture.Region, Endpoint = AwsEndpoints.Resolve(service, MotoFixture.Region, Variables.GetValueOrDefault) },
            new AwsFakeCredentialsSource(AwsFakeCredentialsSource.Example),
            new AwsSigV4Signer(_time),
            _time);
}
