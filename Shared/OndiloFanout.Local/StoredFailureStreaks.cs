using System.Text.Json.Serialization;
using OndiloFanout.Domain.Collection;

namespace OndiloFanout.Local;

/// <summary>The file <c>failures.json</c>: the failure streak of each pool and run that has one, keyed <c>poolId/runId</c>.</summary>
internal sealed record StoredFailureStreaks
{
    [JsonPropertyName("streaks")]
    public required SortedDictionary<string, FailureStreak> Streaks { get; init; }
}
