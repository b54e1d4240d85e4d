using System.Text.Json.Serialization;

namespace OndiloFanout.Cloud.SecretsManager;

/// <summary>The answer of <c>PutSecretValue</c>.</summary>
public sealed record PutSecretValueResponse
{
    [JsonPropertyName("ARN")] public string? ARN { get; init; }
    [JsonPropertyName("Name")] public string? Name { get; init; }
    [JsonPropertyName("VersionId")] public string? VersionId { get; init; }
    [JsonPropertyName("VersionStages")] public List<string>? VersionStages { get; init; }
}
