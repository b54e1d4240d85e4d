using OndiloFanout.Domain.Collection;

namespace OndiloFanout.Domain.Ports;

/// <summary>Which device-days are already in the lake, and up to which measure of each type.</summary>
public interface IDayLedger
{
    /// <summary>The entries of one pool between two days, both included; days never written are absent.</summary>
    Task<IReadOnlyDictionary<DateOnly, LedgerEntry>> GetAsync(long poolId, DateOnly from, DateOnly to, CancellationToken cancellationToken);

    /// <summary>Creates or replaces the entry of <see cref="LedgerEntry.PoolId"/> and <see cref="LedgerEntry.Day"/>.</summary>
    Task PutAsync(LedgerEntry entry, CancellationToken cancellationToken);
}
