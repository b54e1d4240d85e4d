using OndiloFanout.Local.Run;

namespace OndiloFanout.Tests.Reliability;

/// <summary>
/// The event source's clock between two daily runs: it jumps the fast clock as the queue's delays ask, up to
/// <see cref="Until"/> (the next run) and no further: a wait that would pass it stops the drain, the queue as it is.
/// </summary>
internal sealed class RunBoundClock(FastForwardTimeProvider time) : IPipelineClock
{
    public TimeProvider Time => time;

    /// <summary>Where the drain stops.</summary>
    public DateTimeOffset Until { get; set; } = DateTimeOffset.MaxValue;

    public Task WaitUntilAsync(DateTimeOffset instant, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (instant >= Until)
        {
            throw new OperationCanceledException("The next daily run is due before the queue's next message.");
        }

        time.TryAdvanceTo(instant);
        return Task.CompletedTask;
    }
}
