using System.Text.Json.Serialization;

namespace OndiloFanout.Cli.Status;

/// <summary>One day of a pool's calendar.</summary>
internal sealed record DayCell
{
    [JsonPropertyName("day")] public required DateOnly Day { get; init; }
    /// <summary>One of <see cref="DayState"/>.</summary>
    [JsonPropertyName("state")] public required string State { get; init; }
    /// <summary>Records the ledger counts for the day (0 when missing).</summary>
    [JsonPropertyName("records")] public required int Records { get; init; }
}
