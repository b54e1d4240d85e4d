namespace OndiloFanout.Pipeline.Fetcher;

/// <summary>What became of one work message. Only <see cref="Retry"/> leaves it in the queue.</summary>
public enum FetchOutcome
{
    /// <summary>The window was read and its days written.</summary>
    Collected,
    /// <summary>The day was already in the ledger: no API call.</summary>
    Skipped,
    /// <summary>The day is older than the API's history; closed in the ledger.</summary>
    Expired,
    /// <summary>Re-sent with a delay (no quota yet, pool busy, or not before a set time).</summary>
    Deferred,
    /// <summary>Can never succeed: sent to the dead-letter queue with the reason.</summary>
    DeadLettered,
    /// <summary>Failed for now (API, token, sink): reported as a batch item failure so the queue retries it.</summary>
    Retry,
}
