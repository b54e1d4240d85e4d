using System.Diagnostics;
using Amazon.SQS;
using Amazon.SQS.Model;
using OndiloFanout.Domain.Collection;
using OndiloFanout.Domain.Pools;

namespace OndiloFanout.Integration.Tests.TestDoubles;

/// <summary>Work messages to send, and a receive loop that drains a queue (deleting what it reads).</summary>
internal static class SqsTestMessages
{
    public static WorkMessage Create(int index) => new()
    {
        Version = WorkMessage.CurrentVersion,
        RunId = "run-1",
        PoolId = 1000 + index,
        PoolName = $"Pool {index} \"é\"",
        Day = new DateOnly(2026, 11, 1).AddDays(index % 28),
        Types = ["temperature", "ph"],
        Window = MeasurePeriod.Month,
        DeferCount = index % 3,
    };

    public static async Task<List<Message>> ReceiveAsync(IAmazonSQS sqs, string queueUrl, int expected, TimeSpan timeout)
    {
        var received = new List<Message>();
        var clock = Stopwatch.StartNew();
        while (received.Count < expected && clock.Elapsed < timeout)
        {
            var response = await sqs.ReceiveMessageAsync(new ReceiveMessageRequest
            {
                QueueUrl = queueUrl,
                MaxNumberOfMessages = 10,
                WaitTimeSeconds = 1,
                MessageAttributeNames = ["All"],
            });
            foreach (var message in response.Messages ?? [])
            {
                received.Add(message);
                await sqs.DeleteMessageAsync(queueUrl, message.ReceiptHandle);
            }
        }

        return received;
    }
}
