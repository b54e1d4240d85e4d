using Amazon.SQS;
using Amazon.SQS.Model;

namespace OndiloFanout.Integration.Tests.Emulators;

/// <summary>Queues under unique names, so that tests sharing an emulator never see each other's messages.</summary>
internal static class SqsTestQueues
{
    public static async Task<string> CreateQueueAsync(IAmazonSQS sqs, string prefix, Dictionary<string, string>? attributes) =>
        (await sqs.CreateQueueAsync(new CreateQueueRequest { QueueName = $"{prefix}-{Guid.NewGuid():N}", Attributes = attributes })).QueueUrl;
}
