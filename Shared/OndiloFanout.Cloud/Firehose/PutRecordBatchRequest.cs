using System.Text.Json.Serialization;

namespace OndiloFanout.Cloud.Firehose;

/// <summary>The request of <c>Firehose_20150804.PutRecordBatch</c>: at most 500 records and 4 MiB.</summary>
public sealed record PutRecordBatchRequest
{
    [JsonPropertyName("DeliveryStreamName")] public required string DeliveryStreamName { get; init; }
    [JsonPropertyName("Records")] public required List<Record> Records { get; init; }
}
