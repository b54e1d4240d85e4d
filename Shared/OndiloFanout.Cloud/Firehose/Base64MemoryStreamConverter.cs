using System.Text.Json;
using System.Text.Json.Serialization;

namespace OndiloFanout.Cloud.Firehose;

/// <summary>Writes a <see cref="MemoryStream"/>'s whole content as a base64 JSON string (the AWS JSON protocol's blob).</summary>
internal sealed class Base64MemoryStreamConverter : JsonConverter<MemoryStream>
{
    public override MemoryStream Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var bytes = reader.GetBytesFromBase64();
        return new MemoryStream(bytes, 0, bytes.Length, writable: false, publiclyVisible: true);
    }

    public override void Write(Utf8JsonWriter writer, MemoryStream value, JsonSerializerOptions options)
    {
        // The whole stream, whatever its position, as the SDK sends it.
        writer.WriteBase64StringValue(value.TryGetBuffer(out var buffer) ? buffer.AsSpan() : value.ToArray());
    }
}
