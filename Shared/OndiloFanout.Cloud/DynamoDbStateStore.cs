using Amazon.DynamoDBv2;
using OndiloFanout.Domain.Collection;
using OndiloFanout.Domain.Ports;

namespace OndiloFanout.Cloud;

/// <summary>
/// The ledger, the shared quota budget, the pool leases and the failure streaks in one DynamoDB table (see
/// <see cref="DynamoDbStateSchema"/>). Every rule that must hold across concurrent Lambda instances is a
/// conditional write, never a read followed by a write.
/// </summary>
public sealed class DynamoDbStateStore : IStateStore
{
    private readonly DynamoDbLedger _ledger;
    private readonly DynamoDbQuotaBudget _quota;
    private readonly DynamoDbPoolLeases _leases;
    private readonly DynamoDbFailureStreaks _failures;

    /// <summary>
    /// Creates the store over <paramref name="tableName"/>, with a shared budget of <paramref name="callsPerHour"/>
    /// Ondilo API calls per UTC hour (<see cref="QuotaLimits.DefaultCallsPerHour"/> is the usual value).
    /// </summary>
    public DynamoDbStateStore(IAmazonDynamoDB dynamo, string tableName, TimeProvider timeProvider, int callsPerHour)
    {
        _ledger = new DynamoDbLedger(dynamo, tableName, pageSize: null);
        _quota = new DynamoDbQuotaBudget(dynamo, tableName, timeProvider, callsPerHour);
        _leases = new DynamoDbPoolLeases(dynamo, tableName, timeProvider);
        _failures = new DynamoDbFailureStreaks(dynamo, tableName);
    }

    /// <inheritdoc />
    public Task<IReadOnlyDictionary<DateOnly, LedgerEntry>> GetAsync(long poolId, DateOnly from, DateOnly to, CancellationToken cancellationToken) =>
        _ledger.GetAsync(poolId, from, to, cancellationToken);

    /// <inheritdoc />
    public Task PutAsync(LedgerEntry entry, CancellationToken cancellationToken) => _ledger.PutAsync(entry, cancellationToken);

    /// <inheritdoc />
    public Task<QuotaGrant> TryTakeAsync(int calls, CancellationToken cancellationToken) => _quota.TryTakeAsync(calls, cancellationToken);

    /// <inheritdoc />
    public Task AddUsedAsync(int calls, CancellationToken cancellationToken) => _quota.AddUsedAsync(calls, cancellationToken);

    /// <inheritdoc />
    public Task ExhaustAsync(CancellationToken cancellationToken) => _quota.ExhaustAsync(cancellationToken);

    /// <inheritdoc />
    public Task<QuotaUsage> GetUsageAsync(CancellationToken cancellationToken) => _quota.GetUsageAsync(cancellationToken);

    /// <inheritdoc />
    public Task<LeaseResult> TryAcquireAsync(long poolId, string owner, TimeSpan duration, CancellationToken cancellationToken) =>
        _leases.TryAcquireAsync(poolId, owner, duration, cancellationToken);

    /// <inheritdoc />
    public Task ReleaseAsync(long poolId, string owner, CancellationToken cancellationToken) =>
        _leases.ReleaseAsync(poolId, owner, cancellationToken);

    /// <inheritdoc />
    public Task<FailureStreak?> GetStreakAsync(long poolId, string runId, CancellationToken cancellationToken) =>
        _failures.GetStreakAsync(poolId, runId, cancellationToken);

    /// <inheritdoc />
    public Task PutStreakAsync(long poolId, string runId, FailureStreak streak, CancellationToken cancellationToken) =>
        _failures.PutStreakAsync(poolId, runId, streak, cancellationToken);

    /// <inheritdoc />
    public Task ClearStreakAsync(long poolId, string runId, CancellationToken cancellationToken) =>
        _failures.ClearStreakAsync(poolId, runId, cancellationToken);
}
