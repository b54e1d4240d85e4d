using System.Text.Json.Serialization;

namespace OndiloFanout.Lambda;

public sealed partial record SQSBatchResponse
{
    /// <summary>One failed message. An unknown or empty identifier makes Lambda fail the whole batch.</summary>
    public sealed record BatchItemFailure
    {
        /// <summary>The failed message's <c>messageId</c>.</summary>
        [JsonPropertyName("itemIdentifier")]
        public required string ItemIdentifier { get; init; }
    }
}
