using System.Text.Json.Serialization;

namespace OndiloFanout.Lambda;

public sealed partial record SQSEvent
{
    /// <summary>
    /// A user message attribute. Binary values are bytes (base64 on the wire) where the AWS package uses a
    /// MemoryStream.
    /// </summary>
    public sealed record MessageAttribute
    {
        [JsonPropertyName("stringValue")]
        public string? StringValue { get; init; }

        [JsonPropertyName("binaryValue")]
        public byte[]? BinaryValue { get; init; }

        [JsonPropertyName("stringListValues")]
        public IReadOnlyList<string>? StringListValues { get; init; }

        [JsonPropertyName("binaryListValues")]
        public IReadOnlyList<byte[]>? BinaryListValues { get; init; }

        [JsonPropertyName("dataType")]
        public required string DataType { get; init; }
    }
}
