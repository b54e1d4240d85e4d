using System.Text.Json;

namespace OndiloFanout.Lambda.Logging;

/// <summary>Writes an exception as a JSON object from its parts, each text redacted; never as one interpolated string.</summary>
internal static class ExceptionWriter
{
    // Deep enough for wrapper chains (HttpRequestException over SocketException over ...), bounded against cycles.
    private const int MaxDepth = 5;

    public static void Write(Utf8JsonWriter writer, Exception exception, SecretRedactor redactor) =>
        Write(writer, exception, redactor, depth: 1);

    private static void Write(Utf8JsonWriter writer, Exception exception, SecretRedactor redactor, int depth)
    {
        writer.WriteStartObject();
        writer.WriteString(LogKeys.ExceptionType, exception.GetType().FullName ?? exception.GetType().Name);
        writer.WriteString(LogKeys.ExceptionMessage, redactor.Redact(exception.Message));
        if (exception.StackTrace is { } stackTrace)
        {
            writer.WriteString(LogKeys.ExceptionStackTrace, redactor.Redact(stackTrace));
        }

        if (exception.InnerException is { } inner && depth < MaxDepth)
        {
            writer.WritePropertyName(LogKeys.InnerException);
            Write(writer, inner, redactor, depth + 1);
        }

        writer.WriteEndObject();
    }
}
