namespace OndiloFanout.Domain.Collection;

/// <summary>The scheduler's plan for one pool: the messages to enqueue, and the days it left out and why.</summary>
public sealed record PoolPlan
{
    public required long PoolId { get; init; }
    public required IReadOnlyList<WorkMessage> Messages { get; init; }
    /// <summary>Days the ledger already holds (complete, or closed for good).</summary>
    public required IReadOnlyList<DateOnly> Skipped { get; init; }
    /// <summary>Days older than the API's 30-day history: nothing of them can be read any more.</summary>
    public required IReadOnlyList<DateOnly> Refused { get; init; }
    /// <summary>
    /// Days that ended less than <see cref="HistoryWindow.SettleTime"/> ago: the ICO may still be uploading them, so
    /// they are left for a run after <see cref="HistoryWindow.ReadyAt"/> (the daily run at 02:30 UTC collects yesterday).
    /// </summary>
    public required IReadOnlyList<DateOnly> Settling { get; init; }
    /// <summary>Older days outside the request that the ledger does not hold as settled, planned as well.</summary>
    public IReadOnlyList<DateOnly> Healed { get; init; } = [];
}
