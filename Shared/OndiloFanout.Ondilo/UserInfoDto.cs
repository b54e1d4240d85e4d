using System.Text.Json.Serialization;

namespace OndiloFanout.Ondilo;

/// <summary>Wire form of <c>GET /user/info</c>.</summary>
internal sealed record UserInfoDto
{
    [JsonPropertyName("lastname")] public string? Lastname { get; init; }
    [JsonPropertyName("firstname")] public string? Firstname { get; init; }
    [JsonPropertyName("email")] public string? Email { get; init; }
}
