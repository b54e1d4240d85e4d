namespace OndiloFanout.Benchmarks.ApiCalls;

/// <summary>A clock moved by a fixed offset (timers stay real): a run "the day before" on the same machine.</summary>
internal sealed class ShiftedTimeProvider(TimeProvider time, TimeSpan offset) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => time.GetUtcNow() + offset;
}
