using System.Text.Json.Serialization;

namespace OndiloFanout.Cli.Status;

/// <summary>Ondilo API calls used of the shared budget in the current UTC hour.</summary>
internal sealed record QuotaStatus
{
    [JsonPropertyName("hourStart")] public required DateTimeOffset HourStart { get; init; }
    [JsonPropertyName("used")] public required int Used { get; init; }
    [JsonPropertyName("limit")] public required int Limit { get; init; }
}
