using System.Text.Json.Serialization;

namespace OndiloFanout.Cloud.SecretsManager;

/// <summary>The request of <c>secretsmanager.GetSecretValue</c>.</summary>
public sealed record GetSecretValueRequest
{
    /// <summary>The secret's name or ARN.</summary>
    [JsonPropertyName("SecretId")] public required string SecretId { get; init; }
    /// <summary>Default <c>AWSCURRENT</c> (when null).</summary>
    [JsonPropertyName("VersionStage")] public string? VersionStage { get; init; }
    [JsonPropertyName("VersionId")] public string? VersionId { get; init; }
}
