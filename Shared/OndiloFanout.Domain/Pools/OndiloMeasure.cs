namespace OndiloFanout.Domain.Pools;

/// <summary>One measure of one type at one time, as the API reports it.</summary>
public sealed record OndiloMeasure
{
    public required string DataType { get; init; }
    /// <summary>The API sends <c>null</c> when the ICO could not measure.</summary>
    public double? Value { get; init; }
    /// <summary>Always UTC (offset zero).</summary>
    public required DateTimeOffset ValueTime { get; init; }
    public required bool IsValid { get; init; }
    public string? ExclusionReason { get; init; }
}
