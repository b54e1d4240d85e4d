using System.Text.Json.Serialization;

namespace OndiloFanout.Cloud.SecretsManager;

/// <summary>Source-generated JSON for the Secrets Manager wire shapes.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(GetSecretValueRequest))]
[JsonSerializable(typeof(GetSecretValueResponse))]
[JsonSerializable(typeof(PutSecretValueRequest))]
[JsonSerializable(typeof(PutSecretValueResponse))]
internal sealed partial class SecretsManagerJsonContext : JsonSerializerContext;
