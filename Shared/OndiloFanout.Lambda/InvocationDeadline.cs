namespace OndiloFanout.Lambda;

/// <summary>Turns an invocation deadline into the delay after which the handler's token fires.</summary>
internal static class InvocationDeadline
{
    // Timer-backed CancellationTokenSource rejects delays beyond int.MaxValue milliseconds.
    private static readonly TimeSpan MaxDelay = TimeSpan.FromMilliseconds(int.MaxValue);

    /// <summary>The time from <paramref name="now"/> until <paramref name="margin"/> before <paramref name="deadline"/>, clamped to [0, int.MaxValue ms].</summary>
    public static TimeSpan DelayUntilCancel(DateTimeOffset deadline, DateTimeOffset now, TimeSpan margin)
    {
        var delay = deadline - now - margin;
        if (delay < TimeSpan.Zero)
        {
            return TimeSpan.Zero;
        }

        return delay > MaxDelay ? MaxDelay : delay;
    }
}
