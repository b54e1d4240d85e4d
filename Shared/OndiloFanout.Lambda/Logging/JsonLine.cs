using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace OndiloFanout.Lambda.Logging;

/// <summary>
/// One JSON object as one line of text, how the logger and the metrics write each of theirs: write the object's
/// properties to <see cref="Writer"/>, then <see cref="Close"/> it.
/// </summary>
internal sealed class JsonLine : IDisposable
{
    // Logs are not HTML: keep '+', quotes' neighbours and non-ASCII readable instead of \uXXXX-escaped.
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly ArrayBufferWriter<byte> _buffer = new(256);

    public JsonLine()
    {
        Writer = new Utf8JsonWriter(_buffer, WriterOptions);
        Writer.WriteStartObject();
    }

    public Utf8JsonWriter Writer { get; }

    /// <summary>The object, closed, without a newline.</summary>
    public string Close()
    {
        Writer.WriteEndObject();
        Writer.Flush();
        return Encoding.UTF8.GetString(_buffer.WrittenSpan);
    }

    public void Dispose() => Writer.Dispose();
}
