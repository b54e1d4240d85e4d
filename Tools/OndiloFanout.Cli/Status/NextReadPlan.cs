using OndiloFanout.Domain.Collection;
using OndiloFanout.Pipeline.Scheduler;

namespace OndiloFanout.Cli.Status;

/// <summary>
/// The plan a daily run would make now, from the ledger alone (no API call): for the pools the ledger knows. A pool the
/// account has but the ledger has never seen is not in it.
/// </summary>
internal static class NextReadPlan
{
    /// <summary>The plan's figures, or <c>null</c> when the ledger knows no pool.</summary>
    public static ReadPlanSummary? Of(IReadOnlyList<LedgerEntry> ledger, ReadPlanOptions options, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(options);
        var pools = ledger.GroupBy(entry => entry.PoolId).Select(pool => Progress(pool, now, options.HistoryDepth)).ToArray();
        return pools.Length == 0 ? null : ReadPlanSummary.Of(ReadPlanner.Plan(pools, options, now), now);
    }

    // The types a pool collects are those its ledger has cursors for (salt or TDS, as the scheduler chose): a partial
    // day counts from where every one of them stopped, and a type without a cursor from the day's start.
    private static PoolProgress Progress(IGrouping<long, LedgerEntry> pool, DateTimeOffset now, TimeSpan historyDepth)
    {
        var types = pool.SelectMany(entry => entry.Cursor.Keys).Distinct(StringComparer.Ordinal).ToArray();
        return PoolProgress.FromLedger(pool.Key, pool.ToDictionary(entry => entry.Day), types, now, historyDepth);
    }
}
