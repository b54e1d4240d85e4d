using System.Text.Json.Serialization;

namespace OndiloFanout.Cloud.Firehose;

/// <summary>The outcome of one record: a <see cref="RecordId"/> when accepted, an <see cref="ErrorCode"/> when not.</summary>
public sealed record PutRecordBatchResponseEntry
{
    [JsonPropertyName("RecordId")] public string? RecordId { get; init; }
    [JsonPropertyName("ErrorCode")] public string? ErrorCode { get; init; }
    [JsonPropertyName("ErrorMessage")] public string? ErrorMessage { get; init; }
}
