using System.Text.Json.Serialization;

namespace OndiloFanout.Domain.Collection;

/// <summary>Source-generated JSON for the lake's pool snapshot lines.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.Never, RespectRequiredConstructorParameters = true)]
[JsonSerializable(typeof(PoolSnapshotRecord))]
public sealed partial class PoolSnapshotJsonContext : JsonSerializerContext;
