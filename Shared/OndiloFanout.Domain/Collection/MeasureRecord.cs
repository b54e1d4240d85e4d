using System.Text.Json.Serialization;

namespace OndiloFanout.Domain.Collection;

/// <summary>One measure as stored in the lake: one JSON object per line, partitioned by deviceId/year/month/day.</summary>
public sealed record MeasureRecord
{
    /// <summary>The partition key: the Ondilo pool id, as text.</summary>
    [JsonPropertyName("deviceId")] public required string DeviceId { get; init; }
    [JsonPropertyName("poolId")] public required long PoolId { get; init; }
    [JsonPropertyName("poolName")] public string? PoolName { get; init; }
    [JsonPropertyName("type")] public required string Type { get; init; }
    [JsonPropertyName("value")] public double? Value { get; init; }
    [JsonPropertyName("unit")] public string? Unit { get; init; }
    /// <summary>ISO-8601 UTC, e.g. <c>2026-11-24T13:04:00Z</c>.</summary>
    [JsonPropertyName("valueTime")] public required string ValueTime { get; init; }
    [JsonPropertyName("isValid")] public required bool IsValid { get; init; }
    [JsonPropertyName("exclusionReason")] public string? ExclusionReason { get; init; }
    [JsonPropertyName("year")] public required string Year { get; init; }
    [JsonPropertyName("month")] public required string Month { get; init; }
    [JsonPropertyName("day")] public required string Day { get; init; }
    /// <summary>Deterministic from pool, type and measure time: the same measure always gets the same id.</summary>
    [JsonPropertyName("recordId")] public required string RecordId { get; init; }
    [JsonPropertyName("collectedAt")] public required string CollectedAt { get; init; }
    /// <summary>Which history window the record was read from, e.g. <c>ondilo:month</c>.</summary>
    [JsonPropertyName("source")] public required string Source { get; init; }
}
