using System.Text.Json.Serialization;
using OndiloFanout.Local.Run;

namespace OndiloFanout.Cli.Redrive;

/// <summary>What <c>ondilo-fanout redrive</c> found in the dead-letter queue and, unless a dry run, how the move went.</summary>
internal sealed record RedriveReport
{
    [JsonPropertyName("deadLetterQueueUrl")] public required string DeadLetterQueueUrl { get; init; }
    [JsonPropertyName("queueUrl")] public required string QueueUrl { get; init; }
    /// <summary>Messages the DLQ holds (approximate, from its attributes).</summary>
    [JsonPropertyName("messages")] public required int Messages { get; init; }
    /// <summary>The peeked messages: device-day and reason.</summary>
    [JsonPropertyName("deadLetters")] public required IReadOnlyList<DeadLetterSummary> DeadLetters { get; init; }
    [JsonPropertyName("dryRun")] public required bool DryRun { get; init; }
    /// <summary>Null for a dry run or an empty DLQ.</summary>
    [JsonPropertyName("move")] public MoveOutcome? Move { get; init; }
}
