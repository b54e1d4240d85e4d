using System.Diagnostics;

namespace OndiloFanout.Lambda;

/// <summary>
/// A clock that reads the given instant when it is created and then moves with the machine's monotonic clock, its
/// timers real: how a process under test runs at the instant its test chose (<see cref="SettingNames.ClockStart"/>),
/// whatever the wall clock says.
/// </summary>
internal sealed class FixedStartTimeProvider : TimeProvider
{
    private readonly DateTimeOffset _start;
    private readonly long _startedAt;

    public FixedStartTimeProvider(DateTimeOffset start)
    {
        _start = start.ToUniversalTime();
        _startedAt = Stopwatch.GetTimestamp();
    }

    public override DateTimeOffset GetUtcNow() => _start + Stopwatch.GetElapsedTime(_startedAt);
}
