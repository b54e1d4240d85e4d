using OndiloFanout.Domain.Collection;
using OndiloFanout.Domain.Ports;

namespace OndiloFanout.Tests.TestDoubles;

/// <summary>SQS's at-least-once delivery at its worst: every message sent arrives twice, as two separate messages.</summary>
internal sealed class ReliabilityDuplicatingQueue(IWorkQueue inner) : IWorkQueue
{
    public async Task SendAsync(IReadOnlyList<WorkMessage> messages, CancellationToken cancellationToken)
    {
        await inner.SendAsync(messages, cancellationToken);
        await inner.SendAsync(messages, cancellationToken);
    }

    public async Task SendDelayedAsync(WorkMessage message, TimeSpan delay, CancellationToken cancellationToken)
    {
        await inner.SendDelayedAsync(message, delay, cancellationToken);
        await inner.SendDelayedAsync(message, delay, cancellationToken);
    }

    public Task DeadLetterAsync(string body, string reason, CancellationToken cancellationToken) => inner.DeadLetterAsync(body, reason, cancellationToken);
}
