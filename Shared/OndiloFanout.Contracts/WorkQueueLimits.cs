namespace OndiloFanout.Contracts;

/// <summary>How the stack's work queues treat a message that keeps failing, as the fetcher counts its failures.</summary>
public static class WorkQueueLimits
{
    /// <summary>The work queue's <c>maxReceiveCount</c>: the failed attempts a message (and a pool) get before the dead-letter queue.</summary>
    public const int MaxReceiveCount = 5;

    /// <summary>How long the dead-letter queue keeps a message, and so how long a pool's failure streak is worth keeping.</summary>
    public const int DeadLetterRetentionDays = 14;

    /// <summary>
    /// The fetcher's event source mapping's <c>MaximumConcurrency</c>, the lowest it allows: the work is bound by the
    /// account's hourly API quota, not by compute, so more instances would only compete for the same budget.
    /// </summary>
    public const int FetcherMaxConcurrency = 2;

    /// <summary>The processes that may call the Ondilo API at once: every fetcher the mapping may run, and the scheduler.</summary>
    public const int ApiCallers = FetcherMaxConcurrency + 1;
}
