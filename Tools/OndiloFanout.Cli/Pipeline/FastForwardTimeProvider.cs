namespace OndiloFanout.Cli.Pipeline;

/// <summary>
/// The simulator's clock: real time plus an offset that jumps forward whenever the pipeline would only wait
/// (for the next hour's quota, a delayed message, a visibility timeout), so a run that spans hours of quota
/// finishes in seconds while every component still sees a consistent clock.
/// </summary>
internal sealed class FastForwardTimeProvider : TimeProvider
{
    private readonly TimeProvider _real;
    private long _offsetTicks;

    public FastForwardTimeProvider(TimeProvider real)
    {
        ArgumentNullException.ThrowIfNull(real);
        _real = real;
    }

    /// <summary>How far the clock has been moved ahead of real time.</summary>
    public TimeSpan Skipped => TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    public override DateTimeOffset GetUtcNow() => _real.GetUtcNow() + Skipped;

    /// <summary>Moves the clock to <paramref name="instant"/> if that is ahead of now.</summary>
    public void AdvanceTo(DateTimeOffset instant)
    {
        var ahead = instant - GetUtcNow();
        if (ahead > TimeSpan.Zero)
        {
            Interlocked.Add(ref _offsetTicks, ahead.Ticks);
        }
    }
}
