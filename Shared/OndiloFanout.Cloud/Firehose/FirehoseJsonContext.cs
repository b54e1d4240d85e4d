using System.Text.Json.Serialization;

namespace OndiloFanout.Cloud.Firehose;

/// <summary>Source-generated JSON for the Firehose wire shapes.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(PutRecordBatchRequest))]
[JsonSerializable(typeof(PutRecordBatchResponse))]
internal sealed partial class FirehoseJsonContext : JsonSerializerContext;
