namespace OndiloFanout.Cli.Pipeline;

/// <summary>Waits for real.</summary>
internal sealed class RealPipelineClock(TimeProvider time) : IPipelineClock
{
    public TimeProvider Time => time;

    public async Task WaitUntilAsync(DateTimeOffset instant, CancellationToken cancellationToken)
    {
        var wait = instant - time.GetUtcNow();
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, time, cancellationToken);
        }
    }
}
