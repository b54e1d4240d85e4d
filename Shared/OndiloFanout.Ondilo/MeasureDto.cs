using System.Text.Json.Serialization;

namespace OndiloFanout.Ondilo;

/// <summary>Wire form of one measure; <c>value_time</c> stays a string because two formats exist.</summary>
internal sealed record MeasureDto
{
    [JsonPropertyName("data_type")] public string? DataType { get; init; }
    [JsonPropertyName("value")] public double? Value { get; init; }
    [JsonPropertyName("value_time")] public string? ValueTime { get; init; }
    [JsonPropertyName("is_valid")] public bool? IsValid { get; init; }
    [JsonPropertyName("exclusion_reason")] public string? ExclusionReason { get; init; }
}
