using System.Text.Json.Serialization;

namespace OndiloFanout.Local.Run;

/// <summary>One dead-lettered message: which device-day, and why.</summary>
public sealed record DeadLetterSummary(
    [property: JsonPropertyName("poolId")] long? PoolId,
    [property: JsonPropertyName("day")] DateOnly? Day,
    [property: JsonPropertyName("reason")] string Reason);
