using OndiloFanout.Cli.Aws;
using OndiloFanout.Domain.Collection;
using OndiloFanout.Local.Run;

namespace OndiloFanout.Cli.Status;

/// <summary>What a status source read, before it is laid out as a calendar.</summary>
internal sealed record StatusSnapshot
{
    public required string Source { get; init; }
    public required string Location { get; init; }
    /// <summary>Every ledger entry (all days, all pools).</summary>
    public required IReadOnlyList<LedgerEntry> Ledger { get; init; }
    public required QuotaUsage Quota { get; init; }
    public SqsQueueDepth? Queue { get; init; }
    public SqsQueueDepth? DeadLetterQueue { get; init; }
    public required IReadOnlyList<DeadLetterSummary> DeadLetters { get; init; }
}
