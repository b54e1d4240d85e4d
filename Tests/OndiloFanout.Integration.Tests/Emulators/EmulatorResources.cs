using Amazon.DynamoDBv2;
using Amazon.SQS;
using Amazon.SQS.Model;
using OndiloFanout.Aws;

namespace OndiloFanout.Integration.Tests.Emulators;

/// <summary>Queues and tables under unique names, so that tests sharing an emulator never see each other's data.</summary>
internal static class EmulatorResources
{
    public static async Task<string> CreateQueueAsync(IAmazonSQS sqs, string prefix, Dictionary<string, string>? attributes) =>
        (await sqs.CreateQueueAsync(new CreateQueueRequest { QueueName = $"{prefix}-{Guid.NewGuid():N}", Attributes = attributes })).QueueUrl;

    public static async Task<string> CreateStateTableAsync(IAmazonDynamoDB dynamo)
    {
        var name = $"state-{Guid.NewGuid():N}";
        await DynamoDbStateTable.CreateAsync(dynamo, name, CancellationToken.None);
        return name;
    }
}
