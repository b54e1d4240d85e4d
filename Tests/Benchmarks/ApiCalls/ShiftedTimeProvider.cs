namespace OndiloFanout.Benchmarks.ApiCalls;

/// <summary>The system clock moved by a fixed offset (timers stay real): a run "the day before" on the same machine.</summary>
internal sealed class ShiftedTimeProvider(TimeSpan offset) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + offset;
}
