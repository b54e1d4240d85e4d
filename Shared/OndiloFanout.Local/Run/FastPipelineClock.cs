namespace OndiloFanout.Local.Run;

/// <summary>
/// Jumps the fast clock. A wait that would carry the simulated clock past the real now ends the run instead: its
/// <see cref="CaughtUp"/> token fires and the wait throws, as a Lambda invocation ends at its deadline.
/// </summary>
internal sealed class FastPipelineClock(FastForwardTimeProvider time) : IPipelineClock, IDisposable
{
    private readonly CancellationTokenSource _caughtUp = new();

    public TimeProvider Time => time;

    /// <summary>Fires when a wait would have passed the real now.</summary>
    public CancellationToken CaughtUp => _caughtUp.Token;

    public Task WaitUntilAsync(DateTimeOffset instant, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (!time.TryAdvanceTo(instant))
        {
            _caughtUp.Cancel();
            throw new OperationCanceledException("The simulated clock reached the real now.", _caughtUp.Token);
        }

        return Task.CompletedTask;
    }

    public void Dispose() => _caughtUp.Dispose();
}
