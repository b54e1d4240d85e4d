using System.Text.Json.Serialization;

namespace OndiloFanout.Lambda;

/// <summary>Source-generated JSON for the Lambda boundary: the events, the batch response and the error document.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(SQSEvent))]
[JsonSerializable(typeof(SQSBatchResponse))]
[JsonSerializable(typeof(ScheduledEvent))]
[JsonSerializable(typeof(LambdaError))]
public sealed partial class LambdaJsonContext : JsonSerializerContext;
