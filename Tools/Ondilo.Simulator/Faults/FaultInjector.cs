using System.Diagnostics.CodeAnalysis;

namespace Ondilo.Simulator.Faults;

/// <summary>Draws, from a seeded sequence, whether a request fails and how; the kinds are equally likely.</summary>
[SuppressMessage("Security", "CA5394", Justification = "Reproducible chaos, not security: a seed must replay the same faults.")]
internal sealed class FaultInjector
{
    private static readonly FaultKind[] Kinds =
        [FaultKind.ServerError, FaultKind.BadGateway, FaultKind.ServiceUnavailable, FaultKind.TruncatedJson, FaultKind.ConnectionReset];

    private readonly double rate;
    private readonly Random random;
    private readonly Lock gate = new();

    public FaultInjector(int seed, double rate)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rate, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(rate, 1);
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
            return random.NextDouble() < rate ? Kinds[random.Next(Kinds.Length)] : FaultKind.None;
        }
    }
}
