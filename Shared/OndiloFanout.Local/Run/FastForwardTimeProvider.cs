namespace OndiloFanout.Local.Run;

/// <summary>
/// The simulator's clock: real time minus a lead, jumping forward whenever the pipeline would only wait (for the next
/// hour's quota, a delayed message, a visibility timeout), so a run that spans hours of quota finishes in seconds while
/// every component still sees a consistent clock. With a lead, the jumps use it up and never pass the real now: nothing
/// a simulated run writes (run ids, measures, collection times) lies in the future.
/// </summary>
internal sealed class FastForwardTimeProvider : TimeProvider
{
    private readonly TimeProvider _real;
    private readonly TimeSpan _lead;
    private readonly long _ceilingTicks;

    // Simulated minus real time: starts at minus the lead and only grows, up to the ceiling.
    private long _offsetTicks;

    /// <param name="real">The real clock.</param>
    /// <param name="lead">How far behind the real now the simulated clock starts, and so the most it can jump in all;
    /// null: it starts at the real now and jumps as far as asked (test rigs that drive a fixed clock).</param>
    public FastForwardTimeProvider(TimeProvider real, TimeSpan? lead = null)
    {
        ArgumentNullException.ThrowIfNull(real);
        ArgumentOutOfRangeException.ThrowIfLessThan(lead ?? TimeSpan.Zero, TimeSpan.Zero, nameof(lead));
        (_real, _lead) = (real, lead ?? TimeSpan.Zero);
        (_offsetTicks, _ceilingTicks) = lead is null ? (0L, long.MaxValue) : (-_lead.Ticks, 0L);
    }

    /// <summary>How far the clock has jumped in all.</summary>
    public TimeSpan Skipped => TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks)) + _lead;

    public override DateTimeOffset GetUtcNow() => _real.GetUtcNow() + TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    /// <summary>
    /// Moves the clock to <paramref name="instant"/> if that is ahead of now; false when a lead was given and that would
    /// pass the real now (the clock then stops at the real now).
    /// </summary>
    public bool TryAdvanceTo(DateTimeOffset instant)
    {
        while (true)
        {
            var offset = Interlocked.Read(ref _offsetTicks);
            var wanted = (instant - _real.GetUtcNow()).Ticks;
            if (wanted <= offset)
            {
                return true;
            }

            if (Interlocked.CompareExchange(ref _offsetTicks, Math.Min(wanted, _ceilingTicks), offset) == offset)
            {
                return wanted <= _ceilingTicks;
            }
        }
    }
}
