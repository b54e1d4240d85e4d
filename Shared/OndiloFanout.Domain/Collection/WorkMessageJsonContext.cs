using System.Text.Json.Serialization;

namespace OndiloFanout.Domain.Collection;

/// <summary>Source-generated JSON for the work queue's message bodies.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.Never, RespectRequiredConstructorParameters = true)]
[JsonSerializable(typeof(WorkMessage))]
public sealed partial class WorkMessageJsonContext : JsonSerializerContext;
