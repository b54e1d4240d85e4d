namespace OndiloFanout.Local.Run;

/// <summary>Waits for real, saying so when a wait is long enough for someone to wonder what the run is doing.</summary>
internal sealed class RealPipelineClock(TimeProvider time, Action<DateTimeOffset> onLongWait) : IPipelineClock
{
    /// <summary>Shorter waits (the API's pacing, a retry's backoff) pass without a word.</summary>
    public static readonly TimeSpan LongWait = TimeSpan.FromSeconds(10);

    public TimeProvider Time => time;

    public async Task WaitUntilAsync(DateTimeOffset instant, CancellationToken cancellationToken)
    {
        var wait = instant - time.GetUtcNow();
        if (wait >= LongWait)
        {
            onLongWait(instant);
        }

        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, time, cancellationToken);
        }
    }
}
