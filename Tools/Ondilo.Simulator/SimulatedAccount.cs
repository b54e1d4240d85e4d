using Ondilo.Simulator.Data;

namespace Ondilo.Simulator;

/// <summary>
/// The ground truth of a simulated Ondilo account: its pools and every measure their ICOs ever took.
/// Pure and deterministic from (seed, pool position); it never reads a clock. What the API shows of it at a given
/// moment (rolling windows, upload delay) is decided by the host.
/// </summary>
public sealed class SimulatedAccount
{
    private readonly MeasureSchedule schedule;
    private readonly MeasureValueModel values;

    /// <summary>Creates the account of <paramref name="poolCount"/> pools for <paramref name="seed"/>.</summary>
    public SimulatedAccount(int seed, int poolCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(poolCount);
        Seed = seed;
        Pools = Enumerable.Range(0, poolCount).Select(index => PoolFactory.Create(seed, index)).ToArray();
        schedule = new MeasureSchedule(seed);
        values = new MeasureValueModel(seed);
    }

    /// <summary>The seed every value derives from.</summary>
    public int Seed { get; }

    /// <summary>The pools, in a fixed order; salt and chlorine pools alternate, starting with salt.</summary>
    public IReadOnlyList<SimulatedPool> Pools { get; }

    /// <summary>The pool with id <paramref name="poolId"/>, or null.</summary>
    public SimulatedPool? FindPool(long poolId) => Pools.FirstOrDefault(pool => pool.Id == poolId);

    /// <summary>The measure types the pool reports: temperature, ph, orp, salt (salt pools) or tds, battery, rssi.</summary>
    /// <exception cref="ArgumentException">No pool has that id.</exception>
    public IReadOnlyList<string> TypesOf(long poolId)
    {
        var pool = RequirePool(poolId);
        var disinfection = pool.DisinfectionPrimary == "salt" ? MeasureTypes.Salt : MeasureTypes.Tds;
        return [MeasureTypes.Temperature, MeasureTypes.Ph, MeasureTypes.Orp, disinfection, MeasureTypes.Battery, MeasureTypes.Rssi];
    }

    /// <summary>
    /// The pool's measures of <paramref name="type"/> whose measure time is in [<paramref name="fromInclusive"/>,
    /// <paramref name="toExclusive"/>), ascending; empty for a type the pool does not report.
    /// </summary>
    /// <exception cref="ArgumentException">No pool has that id.</exception>
    public IReadOnlyList<SimulatedMeasure> Measures(long poolId, string type, DateTimeOffset fromInclusive, DateTimeOffset toExclusive)
    {
        ArgumentNullException.ThrowIfNull(type);
        var pool = RequirePool(poolId);
        if (!TypesOf(poolId).Contains(type, StringComparer.Ordinal) || toExclusive <= fromInclusive)
        {
            return [];
        }

        var measures = new List<SimulatedMeasure>();
        for (var hour = MeasureSchedule.HourOf(fromInclusive); hour <= MeasureSchedule.HourOf(toExclusive); hour++)
        {
            var time = schedule.TimeOf(pool, hour);
            if (time >= fromInclusive && time < toExclusive)
            {
                measures.Add(values.Create(pool, type, hour, time));
            }
        }

        return measures;
    }

    private SimulatedPool RequirePool(long poolId) =>
        FindPool(poolId) ?? throw new ArgumentException($"The account has no pool {poolId}.", nameof(poolId));
}
