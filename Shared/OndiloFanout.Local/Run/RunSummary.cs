using System.Text.Json.Serialization;
using OndiloFanout.Domain.Collection;
using OndiloFanout.Pipeline.Scheduler;

namespace OndiloFanout.Local.Run;

/// <summary>
/// What one local run did: the scheduler's plan and what the fetching made of it; printed as a table, or as one JSON
/// object with <c>--json</c> (the plan's figures flat among the others, named for the run).
/// </summary>
public sealed record RunSummary
{
    /// <summary>The scheduler's summary of the run.</summary>
    [JsonIgnore] public required SchedulerSummary Plan { get; init; }
    [JsonPropertyName("runId")] public string RunId => Plan.RunId;
    [JsonPropertyName("trigger")] public SchedulerTrigger Trigger => Plan.Trigger;
    [JsonPropertyName("from")] public DateOnly From => Plan.From;
    [JsonPropertyName("to")] public DateOnly To => Plan.To;
    [JsonPropertyName("pools")] public int Pools => Plan.Pools;
    /// <summary>Device-days the scheduler enqueued.</summary>
    [JsonPropertyName("deviceDaysPlanned")] public int DeviceDaysPlanned => Plan.Planned;
    /// <summary>Device-days written to the lake (or marked complete with no measure).</summary>
    [JsonPropertyName("deviceDaysCollected")] public required int DeviceDaysCollected { get; init; }
    /// <summary>Device-days the lake already held before the run.</summary>
    [JsonPropertyName("deviceDaysSkipped")] public int DeviceDaysSkipped => Plan.Skipped;
    /// <summary>Device-days older than the API's 30-day history.</summary>
    [JsonPropertyName("deviceDaysRefused")] public int DeviceDaysRefused => Plan.Refused;
    /// <summary>Device-days that ended less than two hours ago, left for a later run while the ICO may still be uploading them.</summary>
    [JsonPropertyName("deviceDaysSettling")] public int DeviceDaysSettling => Plan.Settling;
    /// <summary>Older device-days a daily run found missing or unsettled in the ledger and planned again.</summary>
    [JsonPropertyName("deviceDaysHealed")] public int DeviceDaysHealed => Plan.Healed;
    /// <summary>Of the collected days, those still partial (read too soon) or closed as partial for good.</summary>
    [JsonPropertyName("deviceDaysPartial")] public required int DeviceDaysPartial { get; init; }
    [JsonPropertyName("records")] public required int Records { get; init; }
    /// <summary>Calls made to the Ondilo API, token refreshes included.</summary>
    [JsonPropertyName("apiCalls")] public required int ApiCalls { get; init; }
    /// <summary>Requests the simulator received (its own count, faulted and refused ones included); null against a real API.</summary>
    [JsonPropertyName("simulatorRequests")] public int? SimulatorRequests { get; init; }
    /// <summary>Messages answered from the ledger at no cost because another message of the pool wrote their day.</summary>
    [JsonPropertyName("messagesSkipped")] public required int MessagesSkipped { get; init; }
    [JsonPropertyName("deferrals")] public required int Deferrals { get; init; }
    [JsonPropertyName("retries")] public required int Retries { get; init; }
    [JsonPropertyName("deadLettered")] public required int DeadLettered { get; init; }
    [JsonPropertyName("deadLetters")] public required IReadOnlyList<DeadLetterSummary> DeadLetters { get; init; }
    /// <summary>Device-day messages a simulated run left for a later run, because waiting for them would have carried its clock past the real now.</summary>
    [JsonPropertyName("deviceDaysLeft")] public required int DeviceDaysLeft { get; init; }
    /// <summary>What the daily run's or month backfill's read plan gives, as the scheduler said it; null for another request.</summary>
    [JsonPropertyName("reads")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ReadPlanSummary? Reads => Plan.Reads;
    [JsonPropertyName("dryRun")] public bool DryRun => Plan.DryRun;
    /// <summary>Whether the data came from the built-in simulator.</summary>
    [JsonPropertyName("simulated")] public required bool Simulated { get; init; }
    /// <summary>Time the fast clock skipped (quota hours, delays); 0 against a real API.</summary>
    [JsonPropertyName("simulatedWaitMs")] public required long SimulatedWaitMs { get; init; }
    [JsonPropertyName("durationMs")] public required long DurationMs { get; init; }
    [JsonPropertyName("outputDirectory")] public required string OutputDirectory { get; init; }
}
