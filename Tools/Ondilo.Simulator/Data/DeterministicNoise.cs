namespace Ondilo.Simulator.Data;

/// <summary>
/// Stateless pseudo-random numbers: the same inputs always give the same number, so any measure can be
/// recomputed on its own, in any order, from any thread.
/// </summary>
internal static class DeterministicNoise
{
    /// <summary>A number in [0, 1) for the given inputs (SplitMix64 chained over them).</summary>
    public static double Unit(int seed, long a, long b, long c)
    {
        var hash = Mix(Mix(Mix(Mix((ulong)seed) ^ (ulong)a) ^ (ulong)b) ^ (ulong)c);
        return (hash >> 11) * (1.0 / (1UL << 53));
    }

    private static ulong Mix(ulong z)
    {
        z += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
