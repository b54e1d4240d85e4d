using System.Globalization;
using System.Text.Json;

namespace OndiloFanout.Lambda.Logging;

/// <summary>
/// Writes one log value as JSON: strings, numbers, bools, dates (ISO 8601) and null as themselves, anything
/// else by <c>ToString()</c>. Every text goes through the redactor, and a key that names a secret masks its value.
/// </summary>
internal static class LogValueWriter
{
    private static readonly string[] SecretKeyParts = ["token", "secret", "password", "authorization", "credential", "cookie"];

    public static bool IsSecretKey(string key) =>
        SecretKeyParts.Any(part => key.Contains(part, StringComparison.OrdinalIgnoreCase));

    public static void WriteField(Utf8JsonWriter writer, string key, object? value, SecretRedactor redactor)
    {
        writer.WritePropertyName(key);
        if (IsSecretKey(key))
        {
            writer.WriteStringValue(SecretRedactor.Mask);
            return;
        }

        WriteValue(writer, value, redactor);
    }

    private static void WriteValue(Utf8JsonWriter writer, object? value, SecretRedactor redactor)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string text:
                writer.WriteStringValue(redactor.Redact(text));
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case int or long or short or byte or sbyte or ushort or uint:
                writer.WriteNumberValue(Convert.ToInt64(value, CultureInfo.InvariantCulture));
                break;
            case ulong number:
                writer.WriteNumberValue(number);
                break;
            case decimal number:
                writer.WriteNumberValue(number);
                break;
            case double or float:
                WriteFloatingPoint(writer, Convert.ToDouble(value, CultureInfo.InvariantCulture));
                break;
            case DateOnly day:
                writer.WriteStringValue(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                break;
            case DateTimeOffset instant:
                writer.WriteStringValue(instant.ToString("O", CultureInfo.InvariantCulture));
                break;
            case DateTime instant:
                writer.WriteStringValue(instant.ToString("O", CultureInfo.InvariantCulture));
                break;
            default:
                writer.WriteStringValue(redactor.Redact(Convert.ToString(value, CultureInfo.InvariantCulture) ?? ""));
                break;
        }
    }

    // JSON has no NaN or infinity: write those as text rather than fail the whole line.
    private static void WriteFloatingPoint(Utf8JsonWriter writer, double number)
    {
        if (double.IsFinite(number))
        {
            writer.WriteNumberValue(number);
        }
        else
        {
            writer.WriteStringValue(number.ToString(CultureInfo.InvariantCulture));
        }
    }
}
