namespace OndiloFanout.Domain.Collection;

/// <summary>
/// How far apart one process spaces its Ondilo calls so that the whole deployment stays within the API's 5 calls per
/// second, whose 400 answer looks exactly like the hourly block and costs the rest of the hour. The processes do not
/// coordinate, and in any second each may be anywhere in its own spacing, so each of N processes that may call at
/// once gets floor(5 / N) calls in any second: its calls are at least 1 s / floor(5 / N) apart, plus a margin for
/// network jitter that can bring two requests closer together on arrival than they were sent.
/// </summary>
public static class CallPacing
{
    /// <summary>The API's limit per second and user.</summary>
    public const int ApiCallsPerSecond = 5;

    /// <summary>The stack's processes that may call at once: two fetchers (the event source's MaximumConcurrency) and the scheduler.</summary>
    public const int DeployedCallers = 3;

    /// <summary>Added to the spacing for jitter (a new connection's handshake delays one request, not the next).</summary>
    public static TimeSpan Margin { get; } = TimeSpan.FromMilliseconds(250);

    /// <summary>The spacing of each process when as many as the stack runs may call at once: 1.25 s.</summary>
    public static TimeSpan DefaultInterval { get; } = MinimumInterval(DeployedCallers);

    /// <summary>The least time between two calls of one process when <paramref name="callers"/> processes (1 to 5) may call at once.</summary>
    public static TimeSpan MinimumInterval(int callers)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(callers, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(callers, ApiCallsPerSecond);
        return (TimeSpan.FromSeconds(1) / (ApiCallsPerSecond / callers)) + Margin;
    }
}
