using System.Text.Json.Serialization;

namespace OndiloFanout.Cli.Status;

/// <summary>The latest ledger write: the last run that collected something.</summary>
internal sealed record LastRun
{
    [JsonPropertyName("runId")] public string? RunId { get; init; }
    [JsonPropertyName("updatedAt")] public required DateTimeOffset UpdatedAt { get; init; }
}
