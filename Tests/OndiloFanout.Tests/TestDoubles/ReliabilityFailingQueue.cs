using OndiloFanout.Domain.Collection;
using OndiloFanout.Domain.Ports;

namespace OndiloFanout.Tests.TestDoubles;

/// <summary>SQS failing some sends (service unavailable): the chosen delayed re-sends, and the first dead-letter sends.</summary>
internal sealed class ReliabilityFailingQueue(IWorkQueue inner) : IWorkQueue
{
    /// <summary>Delayed re-sends of messages it matches throw.</summary>
    public Func<WorkMessage, bool> FailDelayedSend { get; init; } = _ => false;

    /// <summary>How many dead-letter sends throw before they go through again.</summary>
    public int DeadLetterFailures { get; set; }

    public Task SendAsync(IReadOnlyList<WorkMessage> messages, CancellationToken cancellationToken) => inner.SendAsync(messages, cancellationToken);

    public Task SendDelayedAsync(WorkMessage message, TimeSpan delay, CancellationToken cancellationToken) =>
        FailDelayedSend(message) ? Task.FromException(Unavailable()) : inner.SendDelayedAsync(message, delay, cancellationToken);

    public Task DeadLetterAsync(string body, string reason, CancellationToken cancellationToken)
    {
        if (DeadLetterFailures > 0)
        {
            DeadLetterFailures--;
            return Task.FromException(Unavailable());
        }

        return inner.DeadLetterAsync(body, reason, cancellationToken);
    }

    private static HttpRequestException Unavailable() => new("SQS is unavailable");
}
