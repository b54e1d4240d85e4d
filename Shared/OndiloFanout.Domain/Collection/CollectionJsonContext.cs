using System.Text.Json.Serialization;

namespace OndiloFanout.Domain.Collection;

/// <summary>Source-generated JSON for what Collection puts on the wire: work messages and lake records.</summary>
[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    RespectRequiredConstructorParameters = true)]
[JsonSerializable(typeof(WorkMessage))]
[JsonSerializable(typeof(MeasureRecord))]
[JsonSerializable(typeof(PoolSnapshotRecord))]
public sealed partial class CollectionJsonContext : JsonSerializerContext;
