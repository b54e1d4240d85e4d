using System.Text.Json.Serialization;

namespace OndiloFanout.Cloud.SecretsManager;

/// <summary>The request of <c>secretsmanager.PutSecretValue</c>. Its <see cref="ToString"/> never shows the secret.</summary>
public sealed record PutSecretValueRequest
{
    [JsonPropertyName("SecretId")] public required string SecretId { get; init; }
    [JsonPropertyName("SecretString")] public required string SecretString { get; init; }
    /// <summary>Makes the call idempotent; the client generates a UUID when null, as the SDKs do.</summary>
    [JsonPropertyName("ClientRequestToken")] public string? ClientRequestToken { get; init; }

    public override string ToString() => $"PutSecretValueRequest {{ SecretId = {SecretId} }}";
}
