using OndiloFanout.Ondilo;

namespace OndiloFanout.Pipeline.Fetcher;

/// <summary>The result of one message: its outcome and what it cost and wrote.</summary>
public sealed record FetchResult
{
    public required string MessageId { get; init; }
    public required FetchOutcome Outcome { get; init; }
    public long? PoolId { get; init; }
    public DateOnly? Day { get; init; }
    public string? RunId { get; init; }
    /// <summary>Why it was deferred, dead-lettered or retried.</summary>
    public string? Reason { get; init; }
    /// <summary>The API failure behind a retry or deferral, if any.</summary>
    public OndiloFailure? Failure { get; init; }
    /// <summary>Device-days marked in the ledger (written, topped up, or complete with no measure).</summary>
    public int DaysWritten { get; init; }
    /// <summary>Of those, the days now complete.</summary>
    public int DaysComplete { get; init; }
    public int Records { get; init; }
    public int ApiCalls { get; init; }
    /// <summary>The message's failed attempts so far, this one included (see <see cref="Domain.Collection.FailurePolicy"/>).</summary>
    public int Failures { get; init; }

    public bool LeavesQueue => Outcome != FetchOutcome.Retry;
}
