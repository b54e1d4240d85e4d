using System.Text.Json.Serialization;

namespace OndiloFanout.Domain.Collection;

/// <summary>Source-generated JSON for the lake's measure records, one per line.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.Never, RespectRequiredConstructorParameters = true)]
[JsonSerializable(typeof(MeasureRecord))]
public sealed partial class MeasureRecordJsonContext : JsonSerializerContext;
