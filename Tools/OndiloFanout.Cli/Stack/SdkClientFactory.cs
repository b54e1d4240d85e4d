using Amazon.DynamoDBv2;
using Amazon.SQS;

namespace OndiloFanout.Cli.Stack;

/// <summary>
/// The SDK's defaults: credentials and region from the environment, profile or instance role, endpoints overridden
/// by <c>AWS_ENDPOINT_URL_SQS</c> / <c>AWS_ENDPOINT_URL_DYNAMODB</c> (e.g. for local emulators).
/// </summary>
internal sealed class SdkClientFactory : IAwsClientFactory
{
    public IAmazonSQS CreateSqs() => new AmazonSQSClient();

    public IAmazonDynamoDB CreateDynamoDb() => new AmazonDynamoDBClient();
}
