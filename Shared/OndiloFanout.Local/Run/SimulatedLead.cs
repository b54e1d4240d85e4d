using OndiloFanout.Domain.Pools;

namespace OndiloFanout.Local.Run;

/// <summary>
/// How far behind the real now a simulated run starts its clock, so that its fast-forwarded waits fit before the real
/// now: an estimate of the waits (quota hours, pacing, retries), an upper bound for the usual cases. When it falls short
/// the run stops at the real now and leaves the rest to a later run (see <see cref="FastPipelineClock"/>).
/// </summary>
internal static class SimulatedLead
{
    // A read of one pool: one call per measure type (salt or tds, not both), as the simulator's pools have.
    private static readonly int CallsPerRead = MeasureType.CallsPerRead(MeasureType.All);

    // For the spreading of deferred messages over the first minute of an hour, and what the estimate does not count.
    private static readonly TimeSpan Margin = TimeSpan.FromMinutes(1);

    public static TimeSpan For(RunOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        // A failing read is received again after the visibility timeout, up to the receive limit: every read may fail so.
        var queue = new InProcessQueueOptions();
        var attempts = options.SimulateFaults > 0 ? queue.MaxReceiveCount : 1;
        var (hours, calls) = QuotaHours(options.SimulatePools * attempts, options.CallsPerHour, firstCalls: 1 + (options.PoolThresholds ? options.SimulatePools : 0));
        var wait = (hours * (TimeSpan.FromHours(1) + Margin))
            + (calls * options.MinimumCallInterval)
            + (options.SimulateFaults > 0 ? queue.MaxReceiveCount * queue.VisibilityTimeout : TimeSpan.Zero)
            + Margin;

        return wait;
    }

    /// <summary>The hour boundaries the budget makes the run wait for, and the calls it makes, packing each read whole into an hour.</summary>
    private static (int Hours, int Calls) QuotaHours(int reads, int callsPerHour, int firstCalls)
    {
        var (hours, used, calls) = (0, firstCalls, firstCalls);
        for (var read = 0; read < reads; read++)
        {
            if (used + CallsPerRead > callsPerHour)
            {
                // A new hour: its first read also refreshes the hour-old access token.
                (hours, used, calls) = (hours + 1, 1, calls + 1);
            }

            (used, calls) = (used + CallsPerRead, calls + CallsPerRead);
        }

        return (hours, calls);
    }
}
