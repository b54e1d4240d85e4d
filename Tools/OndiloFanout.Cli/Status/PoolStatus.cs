using System.Text.Json.Serialization;

namespace OndiloFanout.Cli.Status;

/// <summary>One pool's calendar over the report's days, with the count of each state.</summary>
internal sealed record PoolStatus
{
    [JsonPropertyName("poolId")] public required long PoolId { get; init; }
    [JsonPropertyName("collected")] public required int Collected { get; init; }
    [JsonPropertyName("partial")] public required int Partial { get; init; }
    [JsonPropertyName("closed")] public required int Closed { get; init; }
    [JsonPropertyName("missing")] public required int Missing { get; init; }
    [JsonPropertyName("deadLettered")] public required int DeadLettered { get; init; }
    [JsonPropertyName("records")] public required long Records { get; init; }
    [JsonPropertyName("days")] public required IReadOnlyList<DayCell> Days { get; init; }
}
