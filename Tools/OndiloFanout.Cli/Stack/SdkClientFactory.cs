using Amazon.DynamoDBv2;
using Amazon.Runtime;
using Amazon.SQS;
using OndiloFanout.Cloud;
using OndiloFanout.Cloud.SecretsManager;
using OndiloFanout.Cloud.Signing;
using OndiloFanout.Cli.Aws.LambdaInvoke;

namespace OndiloFanout.Cli.Stack;

/// <summary>
/// The SDK's defaults: credentials and region from the environment, profile or instance role, endpoints overridden
/// by <c>AWS_ENDPOINT_URL_SQS</c> / <c>AWS_ENDPOINT_URL_DYNAMODB</c> / <c>AWS_ENDPOINT_URL_LAMBDA</c> (e.g. for local emulators).
/// </summary>
internal sealed class SdkClientFactory : IAwsClientFactory
{
    // Made on first use, so commands that never sign a request themselves never look for credentials. It lives as long as the
    // process, which runs one command.
    private readonly Lazy<DefaultAwsCredentialsSource> _credentials = new(() => new DefaultAwsCredentialsSource());

    public IAmazonSQS CreateSqs() => new AmazonSQSClient();

    public IAmazonDynamoDB CreateDynamoDb() => new AmazonDynamoDBClient();

    /// <summary>Throws <see cref="AmazonClientException"/> when no region is set, like the SDK's own clients.</summary>
    public LambdaInvokeClient CreateLambda(HttpClient http, TimeProvider time)
    {
        var region = Region();
        var settings = new LambdaInvokeClientSettings { Region = region, Endpoint = AwsEndpoints.Resolve(LambdaInvokeClient.Service, region, Environment.GetEnvironmentVariable) };
        return new LambdaInvokeClient(http, settings, _credentials.Value, new AwsSigV4Signer(time), time);
    }

    /// <summary>Throws <see cref="AmazonClientException"/> when no region is set, like the SDK's own clients.</summary>
    public SecretsManagerClient CreateSecretsManager(HttpClient http, TimeProvider time) =>
        new(AwsServiceClients.Create(AwsServiceDescriptor.SecretsManager, http, _credentials.Value, time, Region(), Environment.GetEnvironmentVariable));

    private static string Region()
    {
        try
        {
            return AwsRegion.FromEnvironment(Environment.GetEnvironmentVariable);
        }
        catch (InvalidOperationException)
        {
            // An operator's machine usually keeps it in ~/.aws/config, which the SQS and DynamoDB clients read too.
            return FallbackRegionFactory.GetRegionEndpoint()?.SystemName
                ?? throw new AmazonClientException("No AWS region: set AWS_REGION, or a region in your AWS profile (aws configure).");
        }
    }
}
