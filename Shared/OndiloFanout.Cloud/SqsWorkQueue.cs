using System.Globalization;
using Amazon.SQS;
using Amazon.SQS.Model;
using OndiloFanout.Domain.Collection;
using OndiloFanout.Domain.Ports;
using OndiloFanout.Domain.Retries;

namespace OndiloFanout.Cloud;

/// <summary>
/// The work queue on Amazon SQS: batches of at most 10 per request, per-entry failures resent,
/// deferrals through <c>DelaySeconds</c>, and poison bodies sent straight to the dead-letter queue.
/// </summary>
public sealed class SqsWorkQueue : IWorkQueue
{
    /// <summary>The SQS limit on entries per <c>SendMessageBatch</c>.</summary>
    public const int MaxBatchSize = 10;

    /// <summary>The SQS limit on <c>DelaySeconds</c> (15 minutes).</summary>
    public static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(900);

    // Failed batch entries are usually throttling or an internal error: worth a few quick resends, 100 then 200 ms apart.
    private static readonly Backoff Resends = new() { MaxAttempts = 3, NextJitter = () => 1 };

    private readonly IAmazonSQS _sqs;
    private readonly string _queueUrl;
    private readonly string _deadLetterQueueUrl;
    private readonly TimeProvider _timeProvider;

    /// <summary>Creates the queue over <paramref name="sqs"/>; <paramref name="timeProvider"/> stamps dead letters.</summary>
    public SqsWorkQueue(IAmazonSQS sqs, string queueUrl, string deadLetterQueueUrl, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(sqs);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentException.ThrowIfNullOrWhiteSpace(queueUrl);
        ArgumentException.ThrowIfNullOrWhiteSpace(deadLetterQueueUrl);
        _sqs = sqs;
        _queueUrl = queueUrl;
        _deadLetterQueueUrl = deadLetterQueueUrl;
        _timeProvider = timeProvider;
    }

    /// <inheritdoc />
    public async Task SendAsync(IReadOnlyList<WorkMessage> messages, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(messages);
        for (var start = 0; start < messages.Count; start += MaxBatchSize)
        {
            var entries = new List<SendMessageBatchRequestEntry>();
            for (var i = start; i < Math.Min(start + MaxBatchSize, messages.Count); i++)
            {
                entries.Add(new SendMessageBatchRequestEntry
                {
                    Id = i.ToString(CultureInfo.InvariantCulture),
                    MessageBody = WorkMessageCodec.Serialize(messages[i]),
                });
            }

            await SendBatchAsync(entries, cancellationToken);
        }
    }

    /// <inheritdoc />
    public async Task SendDelayedAsync(WorkMessage message, TimeSpan delay, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentOutOfRangeException.ThrowIfLessThan(delay, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(delay, MaxDelay);

        // Rounded up: a deferral must never come back before the time it waits for.
        var seconds = (int)Math.Ceiling(delay.TotalSeconds);
        await _sqs.SendMessageAsync(
            new SendMessageRequest { QueueUrl = _queueUrl, MessageBody = WorkMessageCodec.Serialize(message), DelaySeconds = seconds },
            cancellationToken);
    }

    /// <inheritdoc />
    public async Task DeadLetterAsync(string body, string reason, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(body);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        var attributes = new Dictionary<string, MessageAttributeValue>
        {
            [SqsMessageAttributes.Reason] = StringAttribute(SqsText.Truncate(SqsText.Sanitize(reason), SqsMessageAttributes.MaxReasonLength)),
            [SqsMessageAttributes.DeadLetteredAt] = StringAttribute(
                _timeProvider.GetUtcNow().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture)),
        };
        await _sqs.SendMessageAsync(
            new SendMessageRequest { QueueUrl = _deadLetterQueueUrl, MessageBody = body, MessageAttributes = attributes },
            cancellationToken);
    }

    private Task SendBatchAsync(List<SendMessageBatchRequestEntry> entries, CancellationToken cancellationToken)
    {
        var pending = entries;
        return Resends.RunAsync(
            async attempt =>
            {
                var response = await _sqs.SendMessageBatchAsync(new SendMessageBatchRequest { QueueUrl = _queueUrl, Entries = pending }, cancellationToken);
                var failed = response.Failed ?? [];
                if (failed.Count > 0)
                {
                    var failedIds = failed.Select(f => f.Id).ToHashSet(StringComparer.Ordinal);
                    pending = pending.FindAll(e => failedIds.Contains(e.Id));
                    throw new SqsBatchSendException(_queueUrl, failed, attempt);
                }
            },
            // A sender fault (bad body, bad attribute) fails the same way every time: no point resending it.
            error => error is SqsBatchSendException { SenderFault: false },
            _timeProvider,
            cancellationToken);
    }

    private static MessageAttributeValue StringAttribute(string value) =>
        new() { DataType = SqsMessageAttributes.StringDataType, StringValue = value };
}
