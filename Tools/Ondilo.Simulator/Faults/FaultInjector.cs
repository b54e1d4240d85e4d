using System.Diagnostics.CodeAnalysis;

namespace Ondilo.Simulator.Faults;

/// <summary>Draws, from a seeded sequence, whether a request fails and how; the kinds are equally likely.</summary>
[SuppressMessage("Security", "CA5394", Justification = "Reproducible chaos, not security: a seed must replay the same faults.")]
internal sealed class FaultInjector
{
    /// <summary>The kinds drawn when none are named: all but <see cref="FaultKind.Timeout"/>, which makes a client wait its whole timeout.</summary>
    public static readonly IReadOnlyList<FaultKind> DefaultKinds =
        [FaultKind.ServerError, FaultKind.BadGateway, FaultKind.ServiceUnavailable, FaultKind.TruncatedJson, FaultKind.ConnectionReset];

    private readonly FaultKind[] kinds;
    private readonly double rate;
    private readonly Random random;
    private readonly Lock gate = new();

    public FaultInjector(int seed, double rate, IReadOnlyList<FaultKind>? kinds = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rate, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(rate, 1);
        this.kinds = [.. kinds ?? DefaultKinds];
        if (this.kinds.Length == 0 || this.kinds.Contains(FaultKind.None))
        {
            throw new ArgumentException("Name at least one fault kind, and not None.", nameof(kinds));
        }

        this.rate = rate;
        random = new Random(seed);
    }

    public FaultKind Next()
    {
        if (rate == 0)
        {
            return FaultKind.None;
        }

        lock (gate)
        {
            return random.NextDouble() < rate ? kinds[random.Next(kinds.Length)] : FaultKind.None;
        }
    }
}
