using OndiloFanout.Domain.Collection;
using OndiloFanout.Domain.Ports;

namespace OndiloFanout.Tests.TestDoubles;

/// <summary>
/// The state of one pipeline in memory — ledger, hourly budget, pool leases, failure streaks — for a simulation of
/// weeks of daily runs, where the file store's locked reads and writes would take most of the time. Not thread-safe:
/// one event source drains the queue at a time.
/// </summary>
internal sealed class ReliabilityMemoryStateStore(TimeProvider time, int callsPerHour) : IStateStore
{
    private readonly Dictionary<long, Dictionary<DateOnly, LedgerEntry>> _ledgers = [];
    private readonly Dictionary<long, (string Owner, DateTimeOffset Until)> _leases = [];
    private readonly Dictionary<(long, string), FailureStreak> _streaks = [];
    private readonly InMemoryQuotaBudget _budget = new(time, callsPerHour);

    /// <summary>Failure streaks ever written: a fetch of a pool failed.</summary>
    public int StreaksWritten { get; private set; }

    public Task<IReadOnlyDictionary<DateOnly, LedgerEntry>> GetAsync(long poolId, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        IReadOnlyDictionary<DateOnly, LedgerEntry> days = _ledgers.TryGetValue(poolId, out var ledger)
            ? ledger.Where(pair => pair.Key >= from && pair.Key <= to).ToDictionary()
            : new Dictionary<DateOnly, LedgerEntry>();
        return Task.FromResult(days);
    }

    public Task PutAsync(LedgerEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (!_ledgers.TryGetValue(entry.PoolId, out var ledger))
        {
            _ledgers[entry.PoolId] = ledger = [];
        }

        ledger[entry.Day] = entry;
        return Task.CompletedTask;
    }

    public Task<QuotaGrant> TryTakeAsync(int calls, CancellationToken cancellationToken) => _budget.TryTakeAsync(calls, cancellationToken);

    public Task AddUsedAsync(int calls, CancellationToken cancellationToken) => _budget.AddUsedAsync(calls, cancellationToken);

    public Task ExhaustAsync(CancellationToken cancellationToken) => _budget.ExhaustAsync(cancellationToken);

    public Task<QuotaUsage> GetUsageAsync(CancellationToken cancellationToken) => _budget.GetUsageAsync(cancellationToken);

    public Task<LeaseResult> TryAcquireAsync(long poolId, string owner, TimeSpan duration, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (_leases.TryGetValue(poolId, out var held) && held.Until > now && held.Owner != owner)
        {
            return Task.FromResult(new LeaseResult(false, held.Until));
        }

        _leases[poolId] = (owner, now + duration);
        return Task.FromResult(new LeaseResult(true, now + duration));
    }

    public Task ReleaseAsync(long poolId, string owner, CancellationToken cancellationToken)
    {
        if (_leases.TryGetValue(poolId, out var held) && held.Owner == owner)
        {
            _leases.Remove(poolId);
        }

        return Task.CompletedTask;
    }

    public Task<FailureStreak?> GetStreakAsync(long poolId, string runId, CancellationToken cancellationToken) =>
        Task.FromResult<FailureStreak?>(_streaks.GetValueOrDefault((poolId, runId)));

    public Task PutStreakAsync(long poolId, string runId, FailureStreak streak, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(streak);
        _streaks[(poolId, runId)] = streak;
        StreaksWritten++;
        return Task.CompletedTask;
    }

    public Task ClearStreakAsync(long poolId, string runId, CancellationToken cancellationToken)
    {
        _streaks.Remove((poolId, runId));
        return Task.CompletedTask;
    }
}
