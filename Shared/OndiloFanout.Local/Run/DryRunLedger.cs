using OndiloFanout.Domain.Collection;
using OndiloFanout.Domain.Ports;

namespace OndiloFanout.Local.Run;

/// <summary>
/// The ledger as a dry run sees it: read from the lake's state when there is one, empty when there is none (reading
/// through the file store would create its folder), and never written.
/// </summary>
internal sealed class DryRunLedger(FileStateStore state, string stateDirectory) : IDayLedger
{
    public Task<IReadOnlyDictionary<DateOnly, LedgerEntry>> GetAsync(long poolId, DateOnly from, DateOnly to, CancellationToken cancellationToken) =>
        Directory.Exists(stateDirectory)
            ? state.GetAsync(poolId, from, to, cancellationToken)
            : Task.FromResult<IReadOnlyDictionary<DateOnly, LedgerEntry>>(new Dictionary<DateOnly, LedgerEntry>());

    public Task PutAsync(LedgerEntry entry, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("A dry run writes nothing, the ledger included.");
}
