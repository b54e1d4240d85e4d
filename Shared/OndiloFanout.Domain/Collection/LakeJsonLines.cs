using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace OndiloFanout.Domain.Collection;

/// <summary>
/// How every lake object is written, locally and through Firehose: JSON Lines, one object per line, with text as
/// text (<c>John's Pool</c>, <c>°C</c>) rather than the default encoder's <c>\u0027</c>/<c>\u00B0</c>. The relaxed
/// encoder still escapes what could break a line (control characters, U+0085, U+2028, U+2029) and quotes; what it
/// leaves unescaped only matters when JSON is pasted into HTML or JavaScript, which the lake never is.
/// </summary>
public static class LakeJsonLines
{
    private static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = Encoder };

    // CollectionJsonContext's names and rules (its attribute), with the relaxed encoder: SerializeToUtf8Bytes then
    // writes through the serializer's pooled buffers, which matters for the thousands of records of a month window.
    private static readonly CollectionJsonContext Relaxed = new(new JsonSerializerOptions
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        RespectRequiredConstructorParameters = true,
        Encoder = Encoder,
    });

    /// <summary>One record as UTF-8 JSON, without the line's newline.</summary>
    public static byte[] Line(MeasureRecord record) => JsonSerializer.SerializeToUtf8Bytes(record, Relaxed.MeasureRecord);

    /// <summary>The records as JSON Lines, each line ending with a newline.</summary>
    public static byte[] Lines(IEnumerable<MeasureRecord> records) => Lines(records, Relaxed.MeasureRecord);

    /// <summary>A pool snapshot's lines, each ending with a newline.</summary>
    public static byte[] Lines(IEnumerable<PoolSnapshotRecord> pools) => Lines(pools, Relaxed.PoolSnapshotRecord);

    private static byte[] Lines<T>(IEnumerable<T> values, JsonTypeInfo<T> typeInfo)
    {
        ArgumentNullException.ThrowIfNull(values);
        var buffer = new ArrayBufferWriter<byte>();
        using var writer = new Utf8JsonWriter(buffer, WriterOptions);
        foreach (var value in values)
        {
            JsonSerializer.Serialize(writer, value, typeInfo);
            writer.Flush();
            writer.Reset();
            buffer.Write("\n"u8);
        }

        return buffer.WrittenSpan.ToArray();
    }
}
