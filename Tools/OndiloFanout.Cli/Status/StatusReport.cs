using System.Text.Json.Serialization;
using OndiloFanout.Local.Run;
using OndiloFanout.Pipeline.Scheduler;

namespace OndiloFanout.Cli.Status;

/// <summary>What <c>ondilo-fanout status</c> prints: a calendar per pool, the quota, the queues and the last run.</summary>
internal sealed record StatusReport
{
    /// <summary><c>local</c> or <c>aws</c>.</summary>
    [JsonPropertyName("source")] public required string Source { get; init; }
    /// <summary>The lake folder, or the state table's name.</summary>
    [JsonPropertyName("location")] public required string Location { get; init; }
    [JsonPropertyName("from")] public required DateOnly From { get; init; }
    [JsonPropertyName("to")] public required DateOnly To { get; init; }
    [JsonPropertyName("pools")] public required IReadOnlyList<PoolStatus> Pools { get; init; }
    [JsonPropertyName("quota")] public required QuotaStatus Quota { get; init; }
    /// <summary>The work queue's depth; null for a local lake (its in-process queue lives only during a run).</summary>
    [JsonPropertyName("queue")] public QueueStatus? Queue { get; init; }
    [JsonPropertyName("deadLetterQueue")] public QueueStatus? DeadLetterQueue { get; init; }
    /// <summary>The dead-lettered messages that were peeked (at most the peek limit).</summary>
    [JsonPropertyName("deadLetters")] public required IReadOnlyList<DeadLetterSummary> DeadLetters { get; init; }
    [JsonPropertyName("lastRun")] public LastRun? LastRun { get; init; }
    /// <summary>The plan a daily run would make now, from the ledger (see <see cref="NextReadPlan"/>); null without pools.</summary>
    [JsonPropertyName("nextRun")] public ReadPlanSummary? NextRun { get; init; }
}
