using System.Text.Json.Serialization;

namespace OndiloFanout.Cloud.Firehose;

/// <summary>One Firehose record, as in AWSSDK.KinesisFirehose; on the wire its data is base64.</summary>
public sealed record Record
{
    /// <summary>At most 1,000 KiB before base64 encoding.</summary>
    [JsonPropertyName("Data")]
    [JsonConverter(typeof(Base64MemoryStreamConverter))]
    public required MemoryStream Data { get; init; }
}
