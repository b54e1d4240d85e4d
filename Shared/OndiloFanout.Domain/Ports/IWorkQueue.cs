using OndiloFanout.Domain.Collection;

namespace OndiloFanout.Domain.Ports;

/// <summary>The device-day work queue: SQS on AWS, an in-process queue with SQS semantics on one machine.</summary>
public interface IWorkQueue
{
    /// <summary>Enqueues messages (the implementation batches them, at most 10 per request).</summary>
    Task SendAsync(IReadOnlyList<WorkMessage> messages, CancellationToken cancellationToken);

    /// <summary>Enqueues one message that becomes visible after <paramref name="delay"/> (at most 15 minutes).</summary>
    Task SendDelayedAsync(WorkMessage message, TimeSpan delay, CancellationToken cancellationToken);

    /// <summary>Sends a body that can never succeed straight to the dead-letter queue, with the reason.</summary>
    Task DeadLetterAsync(string body, string reason, CancellationToken cancellationToken);
}
