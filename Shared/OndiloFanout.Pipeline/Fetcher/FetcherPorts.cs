using OndiloFanout.Domain.Ports;

namespace OndiloFanout.Pipeline.Fetcher;

/// <summary>The fetcher's ports, AWS or local.</summary>
public sealed record FetcherPorts
{
    public required IDayLedger Ledger { get; init; }
    public required IPoolLeases Leases { get; init; }
    public required IRecordSink Sink { get; init; }
    public required IWorkQueue Queue { get; init; }
    public required IFailureStreaks Failures { get; init; }
}
