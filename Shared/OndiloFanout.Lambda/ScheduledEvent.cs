using System.Text.Json;
using System.Text.Json.Serialization;

namespace OndiloFanout.Lambda;

/// <summary>
/// The EventBridge envelope a schedule rule sends; the shape of <c>Amazon.Lambda.CloudWatchEvents.ScheduledEvents.ScheduledEvent</c>
/// (its empty <c>detail</c> kept as raw JSON).
/// </summary>
public sealed record ScheduledEvent
{
    /// <summary>The <c>detail-type</c> of schedule rules.</summary>
    public const string ScheduledDetailType = "Scheduled Event";

    [JsonPropertyName("version")]
    public string? Version { get; init; }

    [JsonPropertyName("id")]
    public required string Id { get; init; }

    [JsonPropertyName("detail-type")]
    public required string DetailType { get; init; }

    [JsonPropertyName("source")]
    public required string Source { get; init; }

    [JsonPropertyName("account")]
    public string? Account { get; init; }

    /// <summary>The scheduled time, UTC.</summary>
    [JsonPropertyName("time")]
    public required DateTime Time { get; init; }

    [JsonPropertyName("region")]
    public string? Region { get; init; }

    [JsonPropertyName("resources")]
    public IReadOnlyList<string> Resources { get; init; } = [];

    [JsonPropertyName("detail")]
    public JsonElement? Detail { get; init; }
}
