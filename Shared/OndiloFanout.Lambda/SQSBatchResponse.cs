using System.Text.Json.Serialization;

namespace OndiloFanout.Lambda;

/// <summary>
/// The partial-batch answer of an SQS handler (needs <c>ReportBatchItemFailures</c> on the mapping): only the
/// listed messages return to the queue. The shape of <c>Amazon.Lambda.SQSEvents.SQSBatchResponse</c>.
/// </summary>
public sealed partial record SQSBatchResponse
{
    /// <summary>The messages to retry; empty means the whole batch succeeded.</summary>
    [JsonPropertyName("batchItemFailures")]
    public required IReadOnlyList<BatchItemFailure> BatchItemFailures { get; init; }
}
