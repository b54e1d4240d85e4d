using System.Text.Json;
using OndiloFanout.Domain.Pools;

namespace OndiloFanout.Domain.Collection;

/// <summary>
/// Reads and writes work-message bodies. A body that can never be processed (not JSON, an unknown version, a
/// missing field, an unknown measure type) is reported with its reason so it goes to the dead-letter queue at once.
/// </summary>
public static class WorkMessageCodec
{
    public static string Serialize(WorkMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return JsonSerializer.Serialize(message, WorkMessageJsonContext.Default.WorkMessage);
    }

    /// <summary>Parses a body, once; on failure <paramref name="problem"/> says why the message is poison.</summary>
    public static bool TryParse(string? body, out WorkMessage? message, out string? problem)
    {
        message = null;
        if (string.IsNullOrWhiteSpace(body))
        {
            problem = "The message body is empty.";
            return false;
        }

        try
        {
            message = JsonSerializer.Deserialize(body, WorkMessageJsonContext.Default.WorkMessage);
            problem = message is null ? "The message body is not a JSON object."
                : message.Version != WorkMessage.CurrentVersion ? Unreadable(message.Version)
                : Validate(message);
        }
        catch (JsonException ex)
        {
            problem = Unreadable(body, ex);
        }

        message = problem is null ? message : null;
        return problem is null;
    }

    // Why a body that is not a version 1 message cannot be read; its version first, as it explains the rest.
    private static string Unreadable(string body, JsonException error)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            return root.ValueKind != JsonValueKind.Object ? "The message body is not a JSON object."
                : !root.TryGetProperty("v", out var version) || version.ValueKind != JsonValueKind.Number || !version.TryGetInt32(out var v) ? "The message has no version (\"v\")."
                : v != WorkMessage.CurrentVersion ? Unreadable(v)
                : $"The message body is not a valid work message: {error.Message}";
        }
        catch (JsonException)
        {
            return $"The message body is not a valid work message: {error.Message}";
        }
    }

    private static string Unreadable(int version) => $"The message has version {version}; this fetcher reads version {WorkMessage.CurrentVersion}.";

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

        if (message.Failures < 0)
        {
            return "The message's failures are negative.";
        }

        return message.DeferCount < 0 ? "The message's deferCount is negative." : null;
    }
}
