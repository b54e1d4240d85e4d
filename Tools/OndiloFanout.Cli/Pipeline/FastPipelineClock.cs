namespace OndiloFanout.Cli.Pipeline;

/// <summary>Jumps the fast clock.</summary>
internal sealed class FastPipelineClock(FastForwardTimeProvider time) : IPipelineClock
{
    public TimeProvider Time => time;

    public Task WaitUntilAsync(DateTimeOffset instant, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        time.AdvanceTo(instant);
        return Task.CompletedTask;
    }
}
