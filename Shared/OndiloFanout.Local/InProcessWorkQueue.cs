using System.Globalization;
using OndiloFanout.Domain.Collection;
using OndiloFanout.Domain.Ports;

namespace OndiloFanout.Local;

/// <summary>
/// The work queue of a run on one machine, with the SQS semantics the handlers rely on: a received message is
/// hidden for the visibility timeout and delivered again unless deleted, each delivery has a new receipt handle
/// and a higher receive count, delays up to 15 minutes, and after <see cref="InProcessQueueOptions.MaxReceiveCount"/>
/// receives the message moves to the dead-letter queue with its last error. Time comes from the injected
/// <see cref="TimeProvider"/>, so a runner can jump a fast clock to <see cref="NextVisibleAt"/>. Thread-safe; in memory only.
/// </summary>
internal sealed class InProcessWorkQueue : IWorkQueue
{
    /// <summary>The largest <c>DelaySeconds</c> SQS accepts.</summary>
    public static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(900);

    /// <summary>The most messages one receive returns, as in SQS.</summary>
    public const int MaxMessagesPerReceive = 10;

    private readonly Lock _lock = new();
    private readonly List<QueueEntry> _entries = [];
    private readonly List<DeadLetter> _deadLetters = [];
    private readonly TimeProvider _timeProvider;
    private readonly InProcessQueueOptions _options;

    /// <summary>Creates an empty queue; <paramref name="options"/> defaults to <see cref="InProcessQueueOptions"/>' defaults.</summary>
    public InProcessWorkQueue(TimeProvider timeProvider, InProcessQueueOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        _timeProvider = timeProvider;
        _options = options ?? new InProcessQueueOptions();
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(_options.VisibilityTimeout, TimeSpan.Zero, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.MaxReceiveCount, 1, nameof(options));
    }

    /// <summary>Messages not yet deleted or dead-lettered: visible, delayed and in flight.</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _entries.Count;
            }
        }
    }

    /// <summary>
    /// The earliest time a message is or becomes visible (at or before now when one is visible already);
    /// null when the queue is empty.
    /// </summary>
    public DateTimeOffset? NextVisibleAt
    {
        get
        {
            lock (_lock)
            {
                return _entries.Count == 0 ? null : _entries.Min(e => e.VisibleAt);
            }
        }
    }

    /// <summary>A snapshot of the dead-letter queue, oldest first.</summary>
    public IReadOnlyList<DeadLetter> DeadLetters
    {
        get
        {
            lock (_lock)
            {
                return [.. _deadLetters];
            }
        }
    }

    /// <inheritdoc />
    public Task SendAsync(IReadOnlyList<WorkMessage> messages, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(messages);
        cancellationToken.ThrowIfCancellationRequested();
        var bodies = messages.Select(WorkMessageCodec.Serialize).ToList();
        lock (_lock)
        {
            var now = _timeProvider.GetUtcNow();
            foreach (var body in bodies)
            {
                Enqueue(body, now, now);
            }
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentOutOfRangeException">The delay is negative or longer than 900 seconds.</exception>
    public Task SendDelayedAsync(WorkMessage message, TimeSpan delay, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentOutOfRangeException.ThrowIfLessThan(delay, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(delay, MaxDelay);
        cancellationToken.ThrowIfCancellationRequested();
        var body = WorkMessageCodec.Serialize(message);
        lock (_lock)
        {
            var now = _timeProvider.GetUtcNow();
            Enqueue(body, now, now + delay);
        }

        return Task.CompletedTask;
    }

    /// <summary>Enqueues a body as it is, e.g. a malformed one in a test, or a redriven dead letter.</summary>
    public Task SendRawAsync(string body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_lock)
        {
            var now = _timeProvider.GetUtcNow();
            Enqueue(body, now, now);
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task DeadLetterAsync(string body, string reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(reason);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_lock)
        {
            _deadLetters.Add(new DeadLetter(body, reason, 0, _timeProvider.GetUtcNow()));
        }

        return Task.CompletedTask;
    }

    /// <summary>
    /// Delivers up to <paramref name="maxMessages"/> visible messages, oldest first, and hides them for the visibility
    /// timeout. A visible message already received <see cref="InProcessQueueOptions.MaxReceiveCount"/> times moves to
    /// the dead-letter queue instead, as SQS's redrive policy does.
    /// </summary>
    public Task<IReadOnlyList<QueueMessage>> ReceiveAsync(int maxMessages, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxMessages, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxMessages, MaxMessagesPerReceive);
        cancellationToken.ThrowIfCancellationRequested();
        var delivered = new List<QueueMessage>(maxMessages);
        lock (_lock)
        {
            var now = _timeProvider.GetUtcNow();
            // Entries are kept in send order, so the first visible ones are the oldest.
            for (var i = 0; i < _entries.Count && delivered.Count < maxMessages; i++)
            {
                var entry = _entries[i];
                if (entry.VisibleAt > now)
                {
                    continue;
                }

                if (entry.ReceiveCount >= _options.MaxReceiveCount)
                {
                    _entries.RemoveAt(i--);
                    _deadLetters.Add(new DeadLetter(entry.Body, ExhaustedReason(entry), entry.ReceiveCount, now));
                    continue;
                }

                entry.ReceiveCount++;
                entry.ReceiptHandle = Guid.NewGuid().ToString("N");
                entry.VisibleAt = now + _options.VisibilityTimeout;
                delivered.Add(new QueueMessage(entry.MessageId, entry.ReceiptHandle, entry.Body, entry.ReceiveCount, entry.SentAt));
            }
        }

        return Task.FromResult<IReadOnlyList<QueueMessage>>(delivered);
    }

    /// <summary>Deletes the message of the latest delivery; a stale or unknown handle is ignored, as SQS does.</summary>
    public Task DeleteAsync(string receiptHandle, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(receiptHandle);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_lock)
        {
            _entries.RemoveAll(e => e.ReceiptHandle == receiptHandle);
        }

        return Task.CompletedTask;
    }

    /// <summary>Remembers why a delivery failed: the reason given when the message is finally dead-lettered.</summary>
    public void RecordFailure(string receiptHandle, string error)
    {
        ArgumentNullException.ThrowIfNull(receiptHandle);
        ArgumentNullException.ThrowIfNull(error);
        lock (_lock)
        {
            var entry = _entries.Find(e => e.ReceiptHandle == receiptHandle);
            entry?.LastError = error;
        }
    }

    private void Enqueue(string body, DateTimeOffset now, DateTimeOffset visibleAt) =>
        _entries.Add(new QueueEntry(Guid.NewGuid().ToString(), body, now, visibleAt));

    private string ExhaustedReason(QueueEntry entry) => string.Create(
        CultureInfo.InvariantCulture,
        $"maxReceiveCount ({_options.MaxReceiveCount}) exceeded; last error: {entry.LastError ?? "none reported"}");
}
