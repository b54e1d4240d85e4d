namespace OndiloFanout.Benchmarks.ColdStart;

/// <summary>Every cold start measured, in the order run, and the builds that were not there (smoke mode only).</summary>
public sealed record ColdStartResults
{
    public required IReadOnlyList<ColdStartSample> Samples { get; init; }
    public required IReadOnlyList<string> Missing { get; init; }
}
