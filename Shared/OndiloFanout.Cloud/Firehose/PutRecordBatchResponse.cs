using System.Text.Json.Serialization;

namespace OndiloFanout.Cloud.Firehose;

/// <summary>
/// The answer of <c>PutRecordBatch</c>. An HTTP 200 can still carry failed records: <see cref="FailedPutCount"/> &gt; 0,
/// and the entries at their indexes in <see cref="RequestResponses"/> have an error code.
/// </summary>
public sealed record PutRecordBatchResponse
{
    [JsonPropertyName("FailedPutCount")] public int FailedPutCount { get; init; }
    [JsonPropertyName("Encrypted")] public bool Encrypted { get; init; }
    /// <summary>One entry per request record, in the same order.</summary>
    [JsonPropertyName("RequestResponses")] public List<PutRecordBatchResponseEntry> RequestResponses { get; init; } = [];
}
