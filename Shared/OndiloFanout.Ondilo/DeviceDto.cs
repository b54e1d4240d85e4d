using System.Text.Json.Serialization;

namespace OndiloFanout.Ondilo;

/// <summary>Wire form of <c>GET /pools/{id}/device</c>.</summary>
internal sealed record DeviceDto
{
    [JsonPropertyName("uuid")] public string? Uuid { get; init; }
    [JsonPropertyName("serial_number")] public string? SerialNumber { get; init; }
    [JsonPropertyName("sw_version")] public string? SwVersion { get; init; }
}
