using System.Text.Json.Serialization;

namespace OndiloFanout.Lambda;

/// <summary>A batch of SQS messages as the event source mapping delivers it; the shape of <c>Amazon.Lambda.SQSEvents.SQSEvent</c>.</summary>
public sealed partial record SQSEvent
{
    [JsonPropertyName("Records")]
    public required IReadOnlyList<SQSMessage> Records { get; init; }
}
