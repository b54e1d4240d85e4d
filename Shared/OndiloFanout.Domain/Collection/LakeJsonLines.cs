using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace OndiloFanout.Domain.Collection;

/// <summary>
/// The one writer of lake objects, local and through Firehose: JSON Lines, one object per line, with text as text
/// (<c>John's Pool</c>, <c>°C</c>) rather than the default encoder's <c>\u0027</c>/<c>\u00B0</c>. The relaxed encoder
/// still escapes what could break a line (control characters, U+0085, U+2028, U+2029) and quotes; what it leaves
/// unescaped only matters when JSON is pasted into HTML or JavaScript, which the lake never is.
/// </summary>
public static class LakeJsonLines
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    // The contexts' names and rules (their attributes), with the relaxed encoder; one writer serializes every line of
    // a call through the serializer's pooled buffers, which matters for the thousands of records of a month window.
    private static readonly MeasureRecordJsonContext Measures = new(Relaxed());
    private static readonly PoolSnapshotJsonContext Pools = new(Relaxed());

    /// <summary>The records as JSON Lines, each line ending with a newline.</summary>
    public static byte[] Lines(IEnumerable<MeasureRecord> records) => Chunks(records, int.MaxValue, int.MaxValue).SingleOrDefault() ?? [];

    /// <summary>A pool snapshot's lines, each ending with a newline.</summary>
    public static byte[] Lines(IEnumerable<PoolSnapshotRecord> pools) => Chunks(pools, Pools.PoolSnapshotRecord, int.MaxValue, int.MaxValue, p => p.PoolName).SingleOrDefault() ?? [];

    /// <summary>
    /// The records as JSON Lines in chunks of at most <paramref name="maxBytes"/> bytes and <paramref name="maxLines"/>
    /// lines, in order; a line is never split, and one longer than a chunk throws <see cref="InvalidOperationException"/>.
    /// </summary>
    public static List<byte[]> Chunks(IEnumerable<MeasureRecord> records, int maxBytes, int maxLines) =>
        Chunks(records, Measures.MeasureRecord, maxBytes, maxLines, r => r.RecordId);

    private static List<byte[]> Chunks<T>(IEnumerable<T> values, JsonTypeInfo<T> typeInfo, int maxBytes, int maxLines, Func<T, string> name)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLines, 1);
        var chunks = new List<byte[]>();
        var buffer = new ArrayBufferWriter<byte>();
        using var writer = new Utf8JsonWriter(buffer, WriterOptions);
        var lines = 0;
        foreach (var value in values)
        {
            var start = buffer.WrittenCount;
            JsonSerializer.Serialize(writer, value, typeInfo);
            writer.Flush();
            writer.Reset();
            buffer.Write("\n"u8);
            var length = buffer.WrittenCount - start;
            if (length > maxBytes)
            {
                throw new InvalidOperationException($"Record {name(value)} takes {length} bytes, more than a chunk of {maxBytes} holds.");
            }

            if (buffer.WrittenCount > maxBytes || lines == maxLines)
            {
                // The new line starts the next chunk.
                chunks.Add(buffer.WrittenSpan[..start].ToArray());
                var line = buffer.WrittenSpan[start..].ToArray();
                buffer.ResetWrittenCount();
                buffer.Write(line);
                lines = 0;
            }

            lines++;
        }

        if (buffer.WrittenCount > 0)
        {
            chunks.Add(buffer.WrittenSpan.ToArray());
        }

        return chunks;
    }

    private static JsonSerializerOptions Relaxed() => new()
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        RespectRequiredConstructorParameters = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
