using System.Text.Json.Serialization;

namespace OndiloFanout.Ondilo;

/// <summary>Wire form of one <c>GET /pools</c> item; only the fields the collector uses.</summary>
internal sealed record PoolDto
{
    [JsonPropertyName("id")] public long? Id { get; init; }
    [JsonPropertyName("name")] public string? Name { get; init; }
    [JsonPropertyName("type")] public string? Type { get; init; }
    [JsonPropertyName("disinfection")] public DisinfectionDto? Disinfection { get; init; }
    [JsonPropertyName("updated_at")] public string? UpdatedAt { get; init; }
}
