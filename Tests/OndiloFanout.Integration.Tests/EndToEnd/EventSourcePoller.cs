using System.Diagnostics;
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

    // Far more than a few rounds of retries cost; a drain that takes longer is stuck.
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    /// <summary>
    /// Polls until the queue holds nothing at all, in flight and delayed included: a failed message comes back after
    /// the visibility timeout, and one past <c>maxReceiveCount</c> moves to the DLQ when it would be received again.
    /// </summary>
    public async Task DrainAsync(Func<SQSEvent, ILambdaContext, CancellationToken, Task<SQSBatchResponse>> handler, CancellationToken cancellationToken)
    {
        var elapsed = Stopwatch.StartNew();
        while (true)
        {
            var received = await sqs.ReceiveMessageAsync(
                new ReceiveMessageRequest { QueueUrl = queueUrl, MaxNumberOfMessages = 10, VisibilityTimeout = VisibilityTimeoutSeconds, MessageSystemAttributeNames = ["All"], WaitTimeSeconds = 1 },
                cancellationToken);
            var messages = received.Messages ?? [];
            if (messages.Count == 0)
            {
                var (visible, inFlight, delayed) = await CountAsync(cancellationToken);
                if (visible + inFlight + delayed == 0)
                {
                    return;
                }

                if (elapsed.Elapsed > Patience)
                {
                    throw new TimeoutException($"After {Patience} the queue still holds {visible} visible, {inFlight} in-flight and {delayed} delayed messages.");
                }

                await Task.Delay(TimeSpan.FromMilliseconds(200), cancellationToken);
                continue;
            }

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

    private async Task<(int Visible, int InFlight, int Delayed)> CountAsync(CancellationToken cancellationToken)
    {
        var attributes = await sqs.GetQueueAttributesAsync(
            new GetQueueAttributesRequest
            {
                QueueUrl = queueUrl,
                AttributeNames = ["ApproximateNumberOfMessages", "ApproximateNumberOfMessagesNotVisible", "ApproximateNumberOfMessagesDelayed"],
            },
            cancellationToken);
        return (attributes.ApproximateNumberOfMessages, attributes.ApproximateNumberOfMessagesNotVisible, attributes.ApproximateNumberOfMessagesDelayed);
    }
}
