using System.Text.Json.Serialization;

namespace OndiloFanout.Domain.Collection;

/// <summary>
/// One pool as the scheduler saw it on one run: one JSON object per line under <c>pools/snapshotdate=YYYY-MM-DD/</c>.
/// The thresholds are null unless the run read the pool's configuration (at most weekly, when enabled).
/// </summary>
public sealed record PoolSnapshotRecord
{
    /// <summary>The measures' partition key for this pool (the pool id as text), to join on.</summary>
    [JsonPropertyName("deviceId")] public required string DeviceId { get; init; }
    [JsonPropertyName("poolId")] public required long PoolId { get; init; }
    [JsonPropertyName("poolName")] public required string PoolName { get; init; }
    [JsonPropertyName("poolType")] public string? PoolType { get; init; }
    [JsonPropertyName("disinfection")] public string? Disinfection { get; init; }
    /// <summary>The pool's own <c>updated_at</c>, ISO-8601 UTC, when the API gave a readable one.</summary>
    [JsonPropertyName("poolUpdatedAt")] public string? PoolUpdatedAt { get; init; }
    [JsonPropertyName("temperatureLow")] public double? TemperatureLow { get; init; }
    [JsonPropertyName("temperatureHigh")] public double? TemperatureHigh { get; init; }
    [JsonPropertyName("phLow")] public double? PhLow { get; init; }
    [JsonPropertyName("phHigh")] public double? PhHigh { get; init; }
    [JsonPropertyName("orpLow")] public double? OrpLow { get; init; }
    [JsonPropertyName("orpHigh")] public double? OrpHigh { get; init; }
    [JsonPropertyName("saltLow")] public double? SaltLow { get; init; }
    [JsonPropertyName("saltHigh")] public double? SaltHigh { get; init; }
    [JsonPropertyName("tdsLow")] public double? TdsLow { get; init; }
    [JsonPropertyName("tdsHigh")] public double? TdsHigh { get; init; }
    /// <summary>When the snapshot was taken, ISO-8601 UTC.</summary>
    [JsonPropertyName("snapshotTime")] public required string SnapshotTime { get; init; }
    [JsonPropertyName("runId")] public required string RunId { get; init; }
}
