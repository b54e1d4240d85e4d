using System.Text;
using System.Text.Json;

namespace OndiloFanout.Local.Run;

/// <summary>
/// Builds the scheduler's JSON input from command-line choices, as given: the CLI and the Lambda function then accept
/// exactly the same requests, and a bad day or pool id gets the scheduler's own precise message.
/// </summary>
public static class SchedulerPayload
{
    public static string Build(bool month, string? date, string? from, string? to, IReadOnlyList<string>? pools, bool force, bool dryRun)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            if (month)
            {
                json.WriteBoolean("month", true);
            }

            WriteDay(json, "date", date);
            WriteDay(json, "from", from);
            WriteDay(json, "to", to);
            if (pools is { Count: > 0 })
            {
                json.WriteStartArray("pools");
                foreach (var pool in pools)
                {
                    json.WriteStringValue(pool.Trim());
                }

                json.WriteEndArray();
            }

            if (force)
            {
                json.WriteBoolean("force", true);
            }

            if (dryRun)
            {
                json.WriteBoolean("dryRun", true);
            }

            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteDay(Utf8JsonWriter json, string name, string? day)
    {
        if (day is not null)
        {
            json.WriteString(name, day);
        }
    }
}
