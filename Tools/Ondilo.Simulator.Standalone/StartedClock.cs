using System.Diagnostics;

namespace Ondilo.Simulator.Standalone;

/// <summary>Reads the given instant when created, then moves with the machine's monotonic clock (timers stay real).</summary>
internal sealed class StartedClock(DateTimeOffset start) : TimeProvider
{
    private readonly long _startedAt = Stopwatch.GetTimestamp();

    public override DateTimeOffset GetUtcNow() => start.ToUniversalTime() + Stopwatch.GetElapsedTime(_startedAt);
}
