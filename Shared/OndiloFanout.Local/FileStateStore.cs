using System.Globalization;
using OndiloFanout.Contracts;
using OndiloFanout.Domain.Collection;
using OndiloFanout.Domain.Ports;

namespace OndiloFanout.Local;

/// <summary>
/// The ledger, the quota budget, the pool leases and the failure streaks of a run on one machine, as JSON files in one
/// folder: <c>ledger/&lt;poolId&gt;.json</c>, <c>quota.json</c>, <c>leases.json</c>, <c>failures.json</c>. They survive restarts, and every
/// read-modify-write holds the folder's lock, so several instances and processes can share one folder.
/// </summary>
public sealed class FileStateStore : IStateStore, IDisposable
{
    private const string QuotaFile = "quota.json";
    private const string LeasesFile = "leases.json";
    private const string LedgerFolder = "ledger";

    private readonly StateFolder _folder;
    private readonly TimeProvider _timeProvider;
    private readonly int _callsPerHour;
    private readonly FileFailureStreaks _failures;

    /// <summary>Keeps the state in <paramref name="directory"/> (created when first written); the budget is <paramref name="callsPerHour"/> calls an hour.</summary>
    public FileStateStore(string directory, TimeProvider timeProvider, int callsPerHour = QuotaLimits.DefaultCallsPerHour)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentOutOfRangeException.ThrowIfNegative(callsPerHour);
        _folder = new StateFolder(directory);
        _timeProvider = timeProvider;
        _callsPerHour = callsPerHour;
        _failures = new FileFailureStreaks(_folder, timeProvider);
    }

    /// <inheritdoc />
    public Task<IReadOnlyDictionary<DateOnly, LedgerEntry>> GetAsync(long poolId, DateOnly from, DateOnly to, CancellationToken cancellationToken) =>
        _folder.LockedAsync<IReadOnlyDictionary<DateOnly, LedgerEntry>>(
            async () =>
            {
                var ledger = await _folder.ReadAsync(LedgerFile(poolId), LocalJsonContext.Default.StoredLedger, cancellationToken);
                return (ledger?.Days ?? [])
                    .Where(pair => pair.Key >= from && pair.Key <= to)
                    .ToDictionary(pair => pair.Key, pair => pair.Value.ToEntry(poolId, pair.Key));
            },
            cancellationToken);

    /// <summary>The pools the ledger holds days of (one file each), in ascending order; none when the folder is missing.</summary>
    public Task<IReadOnlyList<long>> ListPoolsAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        // No lock: listing reads no file content, and taking the lock would create the folder of a lake that has none.
        var ledger = Path.Combine(_folder.Directory, LedgerFolder);
        IReadOnlyList<long> pools = !Directory.Exists(ledger)
            ? []
            : Directory.EnumerateFiles(ledger, "*.json")
                .Select(Path.GetFileNameWithoutExtension)
                .Select(name => long.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : (long?)null)
                .OfType<long>()
                .Order()
                .ToList();
        return Task.FromResult(pools);
    }

    /// <inheritdoc />
    public Task PutAsync(LedgerEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return _folder.LockedAsync(
            async () =>
            {
                var path = LedgerFile(entry.PoolId);
                var ledger = await _folder.ReadAsync(path, LocalJsonContext.Default.StoredLedger, cancellationToken)
                    ?? new StoredLedger { Days = [] };
                ledger.Days[entry.Day] = StoredLedgerDay.From(entry);
                await _folder.WriteAsync(path, ledger, LocalJsonContext.Default.StoredLedger, cancellationToken);
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<QuotaGrant> TryTakeAsync(int calls, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(calls);
        return _folder.LockedAsync(
            async () =>
            {
                var now = _timeProvider.GetUtcNow();
                var used = await ReadUsedAsync(now, cancellationToken);
                if (!QuotaWindow.Fits(used, calls, _callsPerHour))
                {
                    return new QuotaGrant(false, QuotaWindow.NextHour(now));
                }

                await WriteUsedAsync(now, used + calls, cancellationToken);
                return QuotaGrant.Yes(now);
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public Task AddUsedAsync(int calls, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(calls);
        return _folder.LockedAsync(
            async () =>
            {
                var now = _timeProvider.GetUtcNow();
                var used = await ReadUsedAsync(now, cancellationToken);
                await WriteUsedAsync(now, used + calls, cancellationToken);
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public Task ExhaustAsync(CancellationToken cancellationToken) =>
        _folder.LockedAsync(
            async () =>
            {
                var now = _timeProvider.GetUtcNow();
                var used = await ReadUsedAsync(now, cancellationToken);
                await WriteUsedAsync(now, Math.Max(used, _callsPerHour), cancellationToken);
            },
            cancellationToken);

    /// <inheritdoc />
    public Task<QuotaUsage> GetUsageAsync(CancellationToken cancellationToken) =>
        _folder.LockedAsync(
            async () =>
            {
                var now = _timeProvider.GetUtcNow();
                var used = await ReadUsedAsync(now, cancellationToken);
                return new QuotaUsage(QuotaWindow.HourStart(now), used, _callsPerHour);
            },
            cancellationToken);

    /// <inheritdoc />
    public Task<LeaseResult> TryAcquireAsync(long poolId, string owner, TimeSpan duration, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(owner);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(duration, TimeSpan.Zero);
        return _folder.LockedAsync(
            async () =>
            {
                var now = _timeProvider.GetUtcNow();
                var leases = await ReadLeasesAsync(cancellationToken);
                if (leases.Pools.TryGetValue(poolId, out var held) && held.Until > now && held.Owner != owner)
                {
                    return new LeaseResult(false, held.Until);
                }

                // Expired leases of other pools go too, so the file does not grow with every pool ever seen.
                foreach (var expired in leases.Pools.Where(pair => pair.Value.Until <= now).Select(pair => pair.Key).ToList())
                {
                    leases.Pools.Remove(expired);
                }

                var until = now + duration;
                leases.Pools[poolId] = new StoredLease { Owner = owner, Until = until };
                await _folder.WriteAsync(LeasesFile, leases, LocalJsonContext.Default.StoredLeases, cancellationToken);
                return new LeaseResult(true, until);
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public Task ReleaseAsync(long poolId, string owner, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(owner);
        return _folder.LockedAsync(
            async () =>
            {
                var leases = await ReadLeasesAsync(cancellationToken);
                if (leases.Pools.TryGetValue(poolId, out var held) && held.Owner == owner)
                {
                    leases.Pools.Remove(poolId);
                    await _folder.WriteAsync(LeasesFile, leases, LocalJsonContext.Default.StoredLeases, cancellationToken);
                }

            },
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<FailureStreak?> GetStreakAsync(long poolId, string runId, CancellationToken cancellationToken) =>
        _failures.GetStreakAsync(poolId, runId, cancellationToken);

    /// <inheritdoc />
    public Task PutStreakAsync(long poolId, string runId, FailureStreak streak, CancellationToken cancellationToken) =>
        _failures.PutStreakAsync(poolId, runId, streak, cancellationToken);

    /// <inheritdoc />
    public Task ClearStreakAsync(long poolId, string runId, CancellationToken cancellationToken) =>
        _failures.ClearStreakAsync(poolId, runId, cancellationToken);

    /// <summary>Releases the in-process lock; the files stay.</summary>
    public void Dispose() => _folder.Dispose();

    private static string LedgerFile(long poolId) =>
        Path.Combine(LedgerFolder, poolId.ToString(CultureInfo.InvariantCulture) + ".json");

    private async Task<int> ReadUsedAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var quota = await _folder.ReadAsync(QuotaFile, LocalJsonContext.Default.StoredQuota, cancellationToken);
        return quota is not null && quota.Hour == QuotaWindow.KeyOf(now) ? quota.Used : 0;
    }

    private Task WriteUsedAsync(DateTimeOffset now, int used, CancellationToken cancellationToken) =>
        _folder.WriteAsync(QuotaFile, new StoredQuota { Hour = QuotaWindow.KeyOf(now), Used = used }, LocalJsonContext.Default.StoredQuota, cancellationToken);

    private async Task<StoredLeases> ReadLeasesAsync(CancellationToken cancellationToken) =>
        await _folder.ReadAsync(LeasesFile, LocalJsonContext.Default.StoredLeases, cancellationToken)
        ?? new StoredLeases { Pools = [] };
}
