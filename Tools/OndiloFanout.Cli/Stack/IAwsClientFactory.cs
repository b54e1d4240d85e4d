using Amazon.DynamoDBv2;
using Amazon.SQS;

namespace OndiloFanout.Cli.Stack;

/// <summary>Makes the SDK clients the operator commands use; tests point them at emulators or stub endpoints.</summary>
internal interface IAwsClientFactory
{
    IAmazonSQS CreateSqs();

    IAmazonDynamoDB CreateDynamoDb();
}
