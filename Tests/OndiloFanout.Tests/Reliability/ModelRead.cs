using OndiloFanout.Domain.Pools;

namespace OndiloFanout.Tests.Reliability;

/// <summary>One fetch in the <see cref="LedgerModel"/>: a window read at <paramref name="At"/>, one type after another <paramref name="Pace"/> apart.</summary>
internal sealed record ModelRead(DateTimeOffset At, MeasurePeriod Period, TimeSpan Pace)
{
    public override string ToString() => $"{Period} at {At:yyyy-MM-dd HH:mm:ss} (types {Pace.TotalSeconds:0.###} s apart)";
}
