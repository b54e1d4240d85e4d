using Amazon.SQS;
using Amazon.SQS.Model;
using OndiloFanout.Lambda;
using OndiloFanout.Tests.TestDoubles;

namespace OndiloFanout.Integration.Tests.EndToEnd;

/// <summary>
/// Lambda's SQS event source mapping, in small: receives batches of up to 10 with their attributes, invokes the
/// handler, deletes every message not listed in <c>batchItemFailures</c>, and leaves the rest to the visibility
/// timeout (and the queue's redrive policy).
/// </summary>
internal sealed class EventSourcePoller(IAmazonSQS sqs, string queueUrl)
{
    private const int VisibilityTimeoutSeconds = 2;

    public async Task DrainAsync(Func<SQSEvent, ILambdaContext, CancellationToken, Task<SQSBatchResponse>> handler, CancellationToken cancellationToken)
    {
        var idle = 0;
        while (idle < 3)
        {
            var received = await sqs.ReceiveMessageAsync(
                new ReceiveMessageRequest { QueueUrl = queueUrl, MaxNumberOfMessages = 10, VisibilityTimeout = VisibilityTimeoutSeconds, MessageSystemAttributeNames = ["All"], WaitTimeSeconds = 1 },
                cancellationToken);
            var messages = received.Messages ?? [];
            if (messages.Count == 0)
            {
                idle++;
                continue;
            }

            idle = 0;
            var sqsEvent = new SQSEvent
            {
                Records = messages.Select(m => new SQSEvent.SQSMessage
                {
                    MessageId = m.MessageId,
                    ReceiptHandle = m.ReceiptHandle,
                    Body = m.Body,
                    Attributes = (m.Attributes ?? []).ToDictionary(a => a.Key, a => a.Value),
                    EventSource = "aws:sqs",
                }).ToArray(),
            };
            var response = await handler(sqsEvent, new LambdaTestContext(), cancellationToken);
            var failed = response.BatchItemFailures.Select(f => f.ItemIdentifier).ToHashSet(StringComparer.Ordinal);
            foreach (var message in messages.Where(m => !failed.Contains(m.MessageId)))
            {
                await sqs.DeleteMessageAsync(queueUrl, message.ReceiptHandle, cancellationToken);
            }
        }
    }
}
