namespace OndiloFanout.Benchmarks.Cost;

/// <summary>The measured figures a month of daily runs is priced from.</summary>
public sealed record CostInputs
{
    public required int Pools { get; init; }
    /// <summary>Lambda memory setting, MB.</summary>
    public required int MemoryMb { get; init; }
    /// <summary>Billed time of one scheduler invocation (a cold start: init + invoke), ms.</summary>
    public required double SchedulerMs { get; init; }
    /// <summary>Init of one fetcher container, ms (every invocation is priced as a cold start).</summary>
    public required double FetcherInitMs { get; init; }
    /// <summary>Invoke time to read and write one pool's window (six paced API calls), ms.</summary>
    public required double FetcherPerPoolMs { get; init; }
    /// <summary>Bytes of one device-day as sent to Firehose (one packed record).</summary>
    public required double DeviceDayBytes { get; init; }
    /// <summary>Time to defer one message (ledger read, refused quota take, SQS send), ms.</summary>
    public required double DeferralMs { get; init; }
    /// <summary>Quota deferrals per daily run (each one re-sends and re-delivers a message).</summary>
    public required double DeferralsPerDay { get; init; }
}
