using System.Globalization;
using Amazon.SQS;
using Amazon.SQS.Model;
using OndiloFanout.Cloud;

namespace OndiloFanout.Cli.Aws;

/// <summary>
/// Looks into a queue without consuming it: its depth, its ARN, and its messages. A peek receives each message
/// once with a short visibility timeout (so that the next receive returns others, not the same ten again), then
/// makes them all visible again at once; nothing is deleted, but each message's receive count goes up by one.
/// </summary>
internal sealed class SqsQueueInspector
{
    /// <summary>How long a peeked message stays hidden if the peek is cut short before it can release it.</summary>
    public static readonly TimeSpan PeekVisibility = TimeSpan.FromSeconds(30);

    // The SQS limit of ReceiveMessage and ChangeMessageVisibilityBatch.
    private const int MaxBatch = 10;
    private const string ApproximateReceiveCount = "ApproximateReceiveCount";

    private readonly IAmazonSQS _sqs;

    public SqsQueueInspector(IAmazonSQS sqs)
    {
        ArgumentNullException.ThrowIfNull(sqs);
        _sqs = sqs;
    }

    /// <summary>The queue's approximate counts.</summary>
    public async Task<SqsQueueDepth> GetDepthAsync(string queueUrl, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(queueUrl);
        var response = await _sqs.GetQueueAttributesAsync(
            new GetQueueAttributesRequest
            {
                QueueUrl = queueUrl,
                AttributeNames = ["ApproximateNumberOfMessages", "ApproximateNumberOfMessagesNotVisible", "ApproximateNumberOfMessagesDelayed"],
            },
            cancellationToken);
        // Read from the map: the SDK's typed properties throw for an attribute a queue did not return.
        var attributes = response.Attributes ?? [];
        return new SqsQueueDepth(
            CountOf(attributes, "ApproximateNumberOfMessages"),
            CountOf(attributes, "ApproximateNumberOfMessagesNotVisible"),
            CountOf(attributes, "ApproximateNumberOfMessagesDelayed"));
    }

    /// <summary>The queue's ARN (what <c>StartMessageMoveTask</c> takes).</summary>
    public async Task<string> GetArnAsync(string queueUrl, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(queueUrl);
        var response = await _sqs.GetQueueAttributesAsync(
            new GetQueueAttributesRequest { QueueUrl = queueUrl, AttributeNames = ["QueueArn"] },
            cancellationToken);
        return (response.Attributes ?? []).TryGetValue("QueueArn", out var arn) && arn.Length > 0
            ? arn
            : throw new InvalidDataException($"SQS returned no QueueArn for {queueUrl}.");
    }

    /// <summary>
    /// Up to <paramref name="maxMessages"/> distinct visible messages, left in the queue. Stops early when a
    /// receive brings nothing new (SQS long-polls for <paramref name="wait"/> before saying so).
    /// </summary>
    public async Task<IReadOnlyList<SqsPeekedMessage>> PeekAsync(string queueUrl, int maxMessages, TimeSpan wait, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(queueUrl);
        ArgumentOutOfRangeException.ThrowIfNegative(maxMessages);
        var peeked = new Dictionary<string, SqsPeekedMessage>(StringComparer.Ordinal);
        var handles = new List<string>();
        try
        {
            while (peeked.Count < maxMessages)
            {
                var response = await _sqs.ReceiveMessageAsync(
                    new ReceiveMessageRequest
                    {
                        QueueUrl = queueUrl,
                        MaxNumberOfMessages = Math.Min(MaxBatch, maxMessages - peeked.Count),
                        VisibilityTimeout = (int)PeekVisibility.TotalSeconds,
                        WaitTimeSeconds = (int)wait.TotalSeconds,
                        MessageAttributeNames = ["All"],
                        MessageSystemAttributeNames = [ApproximateReceiveCount],
                    },
                    cancellationToken);
                var fresh = (response.Messages ?? []).Where(m => !peeked.ContainsKey(m.MessageId)).ToList();
                if (fresh.Count == 0)
                {
                    break;
                }

                foreach (var message in fresh)
                {
                    peeked[message.MessageId] = ToPeeked(message);
                    handles.Add(message.ReceiptHandle);
                }
            }
        }
        finally
        {
            // Not the caller's token: a cancelled peek must still give the messages back at once.
            await ReleaseAsync(queueUrl, handles, CancellationToken.None);
        }

        return peeked.Values.ToList();
    }

    private async Task ReleaseAsync(string queueUrl, List<string> handles, CancellationToken cancellationToken)
    {
        for (var start = 0; start < handles.Count; start += MaxBatch)
        {
            var entries = handles.Skip(start).Take(MaxBatch)
                .Select((handle, i) => new ChangeMessageVisibilityBatchRequestEntry
                {
                    Id = (start + i).ToString(CultureInfo.InvariantCulture),
                    ReceiptHandle = handle,
                    VisibilityTimeout = 0,
                })
                .ToList();
            // A failed entry only stays hidden until PeekVisibility ends: nothing to retry.
            await _sqs.ChangeMessageVisibilityBatchAsync(
                new ChangeMessageVisibilityBatchRequest { QueueUrl = queueUrl, Entries = entries },
                cancellationToken);
        }
    }

    private static SqsPeekedMessage ToPeeked(Message message)
    {
        var attributes = message.MessageAttributes ?? [];
        var system = message.Attributes ?? [];
        return new SqsPeekedMessage
        {
            MessageId = message.MessageId,
            Body = message.Body ?? "",
            Reason = attributes.TryGetValue(SqsMessageAttributes.Reason, out var reason) ? reason.StringValue : null,
            DeadLetteredAt = attributes.TryGetValue(SqsMessageAttributes.DeadLetteredAt, out var at) ? at.StringValue : null,
            ReceiveCount = CountOf(system, ApproximateReceiveCount),
        };
    }

    private static int CountOf(Dictionary<string, string> attributes, string name) =>
        attributes.TryGetValue(name, out var text) && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var count) ? count : 0;
}
