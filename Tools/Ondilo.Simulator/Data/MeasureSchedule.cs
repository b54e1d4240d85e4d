namespace Ondilo.Simulator.Data;

/// <summary>When a pool's ICO measures: once per hour at its own minute plus a few seconds of jitter.</summary>
internal sealed class MeasureSchedule
{
    public const long SecondsPerHour = 3600;
    private const int MaxJitterSeconds = 20;

    private readonly int seed;

    public MeasureSchedule(int seed) => this.seed = seed;

    /// <summary>The measure time within hour <paramref name="hour"/> (hours since the Unix epoch).</summary>
    public DateTimeOffset TimeOf(SimulatedPool pool, long hour)
    {
        ArgumentNullException.ThrowIfNull(pool);
        var jitter = (int)(DeterministicNoise.Unit(seed, pool.Id, hour, 7) * MaxJitterSeconds);
        return DateTimeOffset.FromUnixTimeSeconds((hour * SecondsPerHour) + (pool.MeasureMinute * 60L) + jitter);
    }

    /// <summary>The hour (since the Unix epoch) that contains <paramref name="time"/>.</summary>
    public static long HourOf(DateTimeOffset time) => (long)Math.Floor(time.ToUnixTimeSeconds() / (double)SecondsPerHour);
}
