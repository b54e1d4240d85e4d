using OndiloFanout.Ports;

namespace OndiloFanout.Functions.DeviceFetcher;

/// <summary>The fetcher's ports, AWS or local.</summary>
internal sealed record FetcherPorts
{
    public required IDayLedger Ledger { get; init; }
    public required IPoolLeases Leases { get; init; }
    public required IRecordSink Sink { get; init; }
    public required IWorkQueue Queue { get; init; }
    public required IFailureStreaks Failures { get; init; }
}
