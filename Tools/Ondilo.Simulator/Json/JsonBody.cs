using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Ondilo.Simulator.Json;

/// <summary>Builds responses from hand-written JSON, and the API's error bodies.</summary>
internal static class JsonBody
{
    private const string JsonContentType = "application/json";

    // Plain "+0000" and "John's Pool" on the wire, as the API sends them (the default escapes them as \u002B, \u0027).
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static JsonBodyResult Create(int statusCode, Action<Utf8JsonWriter> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            write(writer);
        }

        return new JsonBodyResult(statusCode, buffer.WrittenSpan.ToArray(), JsonContentType);
    }

    public static JsonBodyResult Ok(Action<Utf8JsonWriter> write) => Create(StatusCodes.Status200OK, write);

    /// <summary>The API's error shape: <c>{"error":{"code":400,"message":"..."}}</c>.</summary>
    public static JsonBodyResult Error(int statusCode, string message) => Create(statusCode, writer =>
    {
        writer.WriteStartObject();
        writer.WriteStartObject("error");
        writer.WriteNumber("code", statusCode);
        writer.WriteString("message", message);
        writer.WriteEndObject();
        writer.WriteEndObject();
    });

    /// <summary>The OAuth error shape: <c>{"error":"invalid_grant"}</c>.</summary>
    public static JsonBodyResult OAuthError(string error) => Create(StatusCodes.Status400BadRequest, writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("error", error);
        writer.WriteEndObject();
    });

    public static JsonBodyResult Text(int statusCode, string text, string contentType) =>
        new(statusCode, Encoding.UTF8.GetBytes(text), contentType);
}
