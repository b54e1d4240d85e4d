using System.Text.Json;
using OndiloFanout.Domain.Pools;

namespace OndiloFanout.Domain.Collection;

/// <summary>
/// Reads and writes work-message bodies. A body that can never be processed (not JSON, an unknown version, a
/// missing field, an unknown measure type) is reported with its reason so it goes to the dead-letter queue at once.
/// </summary>
public static class WorkMessageCodec
{
    public static string Serialize(WorkMessage message) => JsonSerializer.Serialize(message, CollectionJsonContext.Default.WorkMessage);

    /// <summary>Parses a body; on failure <paramref name="problem"/> says why the message is poison.</summary>
    public static bool TryParse(string? body, out WorkMessage? message, out string? problem)
    {
        problem = Read(body, out message);
        if (problem is not null)
        {
            message = null;
        }

        return problem is null;
    }

    private static string? Read(string? body, out WorkMessage? message)
    {
        message = null;
        if (string.IsNullOrWhiteSpace(body))
        {
            return "The message body is empty.";
        }

        try
        {
            using (var document = JsonDocument.Parse(body))
            {
                if (document.RootElement.ValueKind != JsonValueKind.Object)
                {
                    return "The message body is not a JSON object.";
                }

                if (!document.RootElement.TryGetProperty("v", out var version) || version.ValueKind != JsonValueKind.Number || !version.TryGetInt32(out var v))
                {
                    return "The message has no version (\"v\").";
                }

                if (v != WorkMessage.CurrentVersion)
                {
                    return $"The message has version {v}; this fetcher reads version {WorkMessage.CurrentVersion}.";
                }
            }

            message = JsonSerializer.Deserialize(body, CollectionJsonContext.Default.WorkMessage);
        }
        catch (JsonException ex)
        {
            return $"The message body is not a valid work message: {ex.Message}";
        }

        return message is null ? "The message body is null." : Validate(message);
    }

    private static string? Validate(WorkMessage message)
    {
        if (message.PoolId <= 0)
        {
            return $"The message's poolId {message.PoolId} is not a pool id.";
        }

        if (string.IsNullOrWhiteSpace(message.RunId))
        {
            return "The message has an empty runId.";
        }

        if (message.Types is null || message.Types.Count == 0)
        {
            return "The message names no measure types.";
        }

        var unknown = message.Types.FirstOrDefault(t => !MeasureType.IsKnown(t));
        if (unknown is not null)
        {
            return $"The message names an unknown measure type \"{unknown}\".";
        }

        if (message.Window is not null && !MeasurePeriodExtensions.TryParse(message.Window, out _))
        {
            return $"The message's window \"{message.Window}\" is not day, week or month.";
        }

        if (message.Failures < 0)
        {
            return "The message's failures are negative.";
        }

        return message.DeferCount < 0 ? "The message's deferCount is negative." : null;
    }
}
