namespace OndiloFanout.Tests.TestDoubles;

/// <summary>How a <see cref="ReliabilityFirehoseServer"/> misbehaves, on a fixed pattern (default: not at all).</summary>
internal sealed record ReliabilityFirehoseFaults
{
    /// <summary>Every 4th call throttled, every 3rd record refused, and calls 10–16 all throttled.</summary>
    public static readonly ReliabilityFirehoseFaults Burst = new() { ThrottleEvery = 4, RefuseEvery = 3, ThrottledCalls = Enumerable.Range(10, 7).ToHashSet() };

    /// <summary>Every nth call (1-based) is throttled whole; 0 never.</summary>
    public int ThrottleEvery { get; init; }

    /// <summary>Call numbers throttled whatever the pattern says: a burst longer than the client's retries.</summary>
    public IReadOnlySet<int> ThrottledCalls { get; init; } = new HashSet<int>();

    /// <summary>Every nth record of the calls that are not throttled is refused; 0 never.</summary>
    public int RefuseEvery { get; init; }

    public bool IsThrottled(int call) => (ThrottleEvery > 0 && call % ThrottleEvery == 0) || ThrottledCalls.Contains(call);

    public bool IsRefused(int record) => RefuseEvery > 0 && record % RefuseEvery == 0;
}
