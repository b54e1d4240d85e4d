using System.Text.Json.Serialization;

namespace OndiloFanout.Local;

/// <summary>The file <c>quota.json</c>: calls used in one hour (<see cref="Domain.Collection.QuotaWindow.KeyOf"/>); another hour means none used yet.</summary>
internal sealed record StoredQuota
{
    [JsonPropertyName("hour")]
    public required string Hour { get; init; }

    [JsonPropertyName("used")]
    public required int Used { get; init; }
}
