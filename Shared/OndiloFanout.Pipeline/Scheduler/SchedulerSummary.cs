using System.Text.Json.Serialization;
using OndiloFanout.Domain.Collection;

namespace OndiloFanout.Pipeline.Scheduler;

/// <summary>What one scheduler run did: the function's response, and the CLI's report.</summary>
public sealed record SchedulerSummary
{
    [JsonPropertyName("runId")] public required string RunId { get; init; }
    [JsonPropertyName("trigger")] public required SchedulerTrigger Trigger { get; init; }
    [JsonPropertyName("from")] public required DateOnly From { get; init; }
    [JsonPropertyName("to")] public required DateOnly To { get; init; }
    /// <summary>Pools the run covered.</summary>
    [JsonPropertyName("pools")] public required int Pools { get; init; }
    [JsonPropertyName("poolIds")] public required IReadOnlyList<long> PoolIds { get; init; }
    /// <summary>Pool ids asked for that the account cannot see.</summary>
    [JsonPropertyName("unknownPools")] public required IReadOnlyList<long> UnknownPools { get; init; }
    /// <summary>Device-days still to collect.</summary>
    [JsonPropertyName("planned")] public required int Planned { get; init; }
    /// <summary>Messages sent to the work queue (0 on a dry run).</summary>
    [JsonPropertyName("enqueued")] public required int Enqueued { get; init; }
    /// <summary>Device-days the ledger already holds.</summary>
    [JsonPropertyName("skipped")] public required int Skipped { get; init; }
    /// <summary>Device-days older than the API's 30-day history.</summary>
    [JsonPropertyName("refused")] public required int Refused { get; init; }
    /// <summary>
    /// Device-days that ended less than two hours ago, left for a later run (the daily run collects them): the ICO may
    /// still be uploading them, and a read of the pool's other days writes them partial meanwhile. Not required: an
    /// older scheduler's answer lacks it.
    /// </summary>
    [JsonPropertyName("settling")] public int Settling { get; init; }
    /// <summary>Older device-days of the API's history, missing or unsettled in the ledger, planned by a daily run.</summary>
    [JsonPropertyName("healed")] public required int Healed { get; init; }
    /// <summary>
    /// What the read plan of a daily run or a month backfill gives (the pools it left are the daily runs' to heal);
    /// <c>null</c> for another explicit request, which reads every pool it is for.
    /// </summary>
    [JsonPropertyName("reads")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ReadPlanSummary? Reads { get; init; }
    [JsonPropertyName("apiCalls")] public required int ApiCalls { get; init; }
    [JsonPropertyName("dryRun")] public required bool DryRun { get; init; }
    /// <summary>When the run planned (its clock's now); not in the function's answer.</summary>
    [JsonIgnore] public DateTimeOffset PlannedAt { get; init; }
}
