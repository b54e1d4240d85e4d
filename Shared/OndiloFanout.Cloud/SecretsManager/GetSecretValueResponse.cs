using System.Text.Json.Serialization;

namespace OndiloFanout.Cloud.SecretsManager;

/// <summary>The answer of <c>GetSecretValue</c>. Its <see cref="ToString"/> never shows the secret.</summary>
public sealed record GetSecretValueResponse
{
    [JsonPropertyName("ARN")] public string? ARN { get; init; }
    [JsonPropertyName("Name")] public string? Name { get; init; }
    [JsonPropertyName("VersionId")] public string? VersionId { get; init; }
    /// <summary>Null when the secret holds binary data only.</summary>
    [JsonPropertyName("SecretString")] public string? SecretString { get; init; }
    [JsonPropertyName("VersionStages")] public List<string>? VersionStages { get; init; }
    /// <summary>On the wire: epoch seconds.</summary>
    [JsonPropertyName("CreatedDate")]
    [JsonConverter(typeof(EpochSecondsConverter))]
    public DateTime? CreatedDate { get; init; }

    public override string ToString() => $"GetSecretValueResponse {{ ARN = {ARN}, VersionId = {VersionId} }}";
}
