namespace Ondilo.Simulator.Quota;

/// <summary>
/// The per-user quota: every request counts, including refused ones; a request is refused when its UTC clock
/// second or clock hour has seen more requests than allowed, so an exceeded hour stays blocked until it ends.
/// </summary>
internal sealed class QuotaLimiter
{
    private readonly int callsPerSecond;
    private readonly int callsPerHour;
    private readonly TimeProvider timeProvider;
    private readonly Lock gate = new();
    private long second = long.MinValue;
    private long hour = long.MinValue;
    private int inSecond;
    private int inHour;

    public QuotaLimiter(int callsPerSecond, int callsPerHour, TimeProvider timeProvider)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(callsPerSecond);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(callsPerHour);
        ArgumentNullException.ThrowIfNull(timeProvider);
        this.callsPerSecond = callsPerSecond;
        this.callsPerHour = callsPerHour;
        this.timeProvider = timeProvider;
    }

    /// <summary>Counts one request and tells whether it is within the quota.</summary>
    public bool TryAcquire()
    {
        var ticks = timeProvider.GetUtcNow().UtcTicks;
        lock (gate)
        {
            Roll(ticks / TimeSpan.TicksPerSecond, ref second, ref inSecond);
            Roll(ticks / TimeSpan.TicksPerHour, ref hour, ref inHour);
            inSecond++;
            inHour++;
            return inSecond <= callsPerSecond && inHour <= callsPerHour;
        }
    }

    private static void Roll(long current, ref long window, ref int count)
    {
        if (current != window)
        {
            window = current;
            count = 0;
        }
    }
}
