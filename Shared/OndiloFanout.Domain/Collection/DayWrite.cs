using OndiloFanout.Domain.Pools;

namespace OndiloFanout.Domain.Collection;

/// <summary>One device-day to write: the measures not written yet, and the ledger entry to store once they are accepted.</summary>
public sealed record DayWrite(DateOnly Day, IReadOnlyList<OndiloMeasure> Measures, LedgerEntry Entry);
