namespace OndiloFanout.Benchmarks.ColdStart;

/// <summary>One cold start: a fresh process serving its first invocation.</summary>
public sealed record ColdStartSample
{
    public required string Function { get; init; }
    public required string Kind { get; init; }
    /// <summary>Process start to its first <c>GET /runtime/invocation/next</c> being answered (the init phase).</summary>
    public required double InitMs { get; init; }
    /// <summary>Process start to the first response posted (for the fetcher: its 10-message batch done).</summary>
    public required double FirstResponseMs { get; init; }
    /// <summary>Peak resident set (VmHWM) read just after the response, before the process exits.</summary>
    public required double PeakRssMb { get; init; }
    /// <summary>Ondilo API requests the simulator received during the invocation.</summary>
    public required int ApiRequests { get; init; }
    /// <summary>Firehose records accepted during the invocation.</summary>
    public required long FirehoseRecords { get; init; }
    /// <summary>Bytes of those records.</summary>
    public required long FirehoseBytes { get; init; }
}
