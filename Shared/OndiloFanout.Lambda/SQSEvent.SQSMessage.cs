using System.Text.Json.Serialization;

namespace OndiloFanout.Lambda;

public sealed partial record SQSEvent
{
    /// <summary>One message of the batch. <see cref="Attributes"/> values are strings on the wire, numbers included.</summary>
    public sealed record SQSMessage
    {
        [JsonPropertyName("messageId")]
        public required string MessageId { get; init; }

        [JsonPropertyName("receiptHandle")]
        public string? ReceiptHandle { get; init; }

        [JsonPropertyName("body")]
        public required string Body { get; init; }

        /// <summary>System attributes such as <c>ApproximateReceiveCount</c> and <c>SentTimestamp</c>.</summary>
        [JsonPropertyName("attributes")]
        public IReadOnlyDictionary<string, string> Attributes { get; init; } = new Dictionary<string, string>();

        [JsonPropertyName("messageAttributes")]
        public IReadOnlyDictionary<string, MessageAttribute> MessageAttributes { get; init; } = new Dictionary<string, MessageAttribute>();

        [JsonPropertyName("md5OfBody")]
        public string? Md5OfBody { get; init; }

        [JsonPropertyName("md5OfMessageAttributes")]
        public string? Md5OfMessageAttributes { get; init; }

        [JsonPropertyName("eventSource")]
        public string? EventSource { get; init; }

        [JsonPropertyName("eventSourceARN")]
        public string? EventSourceArn { get; init; }

        [JsonPropertyName("awsRegion")]
        public string? AwsRegion { get; init; }
    }
}
