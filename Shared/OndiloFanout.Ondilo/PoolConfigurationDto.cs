using System.Text.Json.Serialization;

namespace OndiloFanout.Ondilo;

/// <summary>Wire form of <c>GET /pools/{id}/configuration</c>; only the thresholds.</summary>
internal sealed record PoolConfigurationDto
{
    [JsonPropertyName("temperature_low")] public double? TemperatureLow { get; init; }
    [JsonPropertyName("temperature_high")] public double? TemperatureHigh { get; init; }
    [JsonPropertyName("ph_low")] public double? PhLow { get; init; }
    [JsonPropertyName("ph_high")] public double? PhHigh { get; init; }
    [JsonPropertyName("orp_low")] public double? OrpLow { get; init; }
    [JsonPropertyName("orp_high")] public double? OrpHigh { get; init; }
    [JsonPropertyName("salt_low")] public double? SaltLow { get; init; }
    [JsonPropertyName("salt_high")] public double? SaltHigh { get; init; }
    [JsonPropertyName("tds_low")] public double? TdsLow { get; init; }
    [JsonPropertyName("tds_high")] public double? TdsHigh { get; init; }
}
