using Amazon.DynamoDBv2;
using Amazon.Runtime;
using Amazon.SQS;
using OndiloFanout.Cloud;
using OndiloFanout.Cloud.SecretsManager;
using OndiloFanout.Cloud.Signing;
using OndiloFanout.Cli.Aws.LambdaInvoke;
using OndiloFanout.Cli.Stack;
using OndiloFanout.Domain.Retries;

namespace OndiloFanout.Tests.TestDoubles;

/// <summary>AWS clients pointed at one test endpoint, with no retries so that a scripted stub sees each call once.</summary>
internal sealed class CliStubAwsClients(Uri endpoint) : IAwsClientFactory
{
    private static readonly BasicAWSCredentials Credentials = new("test", "test");

    public IAmazonSQS CreateSqs() =>
        new AmazonSQSClient(Credentials, new AmazonSQSConfig { ServiceURL = endpoint.ToString(), AuthenticationRegion = "us-east-1", MaxErrorRetry = 0 });

    public IAmazonDynamoDB CreateDynamoDb() =>
        new AmazonDynamoDBClient(Credentials, new AmazonDynamoDBConfig { ServiceURL = endpoint.ToString(), AuthenticationRegion = "us-east-1", MaxErrorRetry = 0 });

    /// <summary>Signs with <see cref="AwsFakeCredentialsSource.Example"/> in <see cref="AwsTestClients.Region"/>, as the other signer tests.</summary>
    public LambdaInvokeClient CreateLambda(HttpClient http, TimeProvider time) =>
        new(
            http,
            new LambdaInvokeClientSettings { Region = AwsTestClients.Region, Endpoint = endpoint, Retry = new Backoff { MaxAttempts = 1 } },
            new AwsFakeCredentialsSource(AwsFakeCredentialsSource.Example),
            new AwsSigV4Signer(time),
            time);

    public SecretsManagerClient CreateSecretsManager(HttpClient http, TimeProvider time) =>
        new(AwsTestClients.Create(http, endpoint, AwsServiceDescriptor.SecretsManager, time));
}
