using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace OndiloFanout.Cli.Query;

/// <summary>Writes a <see cref="QueryResult"/> for machines: a JSON array of row objects, or CSV with a header.</summary>
internal static class QueryResultWriter
{
    /// <summary>One JSON array; numbers and booleans stay typed, everything else is text or null.</summary>
    public static string ToJson(QueryResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartArray();
            foreach (var row in result.Rows)
            {
                writer.WriteStartObject();
                for (var i = 0; i < result.Columns.Count; i++)
                {
                    writer.WritePropertyName(result.Columns[i]);
                    WriteValue(writer, row[i]);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>RFC 4180: fields with a comma, quote or line break are quoted, quotes doubled; null is an empty field.</summary>
    public static string ToCsv(QueryResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var csv = new StringBuilder();
        csv.AppendJoin(',', result.Columns.Select(Field)).Append("\r\n");
        foreach (var row in result.Rows)
        {
            csv.AppendJoin(',', row.Select(value => Field(Text(value)))).Append("\r\n");
        }

        return csv.ToString();
    }

    /// <summary>The value as people read it: invariant culture, doubles round-trippable, null as empty.</summary>
    public static string Text(object? value) => value switch
    {
        null => "",
        bool flag => flag ? "true" : "false",
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case long number:
                writer.WriteNumberValue(number);
                break;
            case double number when double.IsFinite(number):
                writer.WriteNumberValue(number);
                break;
            case decimal number:
                writer.WriteNumberValue(number);
                break;
            default:
                writer.WriteStringValue(Text(value));
                break;
        }
    }

    private static string Field(string text) =>
        text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : text;
}
