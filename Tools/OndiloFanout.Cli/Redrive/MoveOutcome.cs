using System.Text.Json.Serialization;

namespace OndiloFanout.Cli.Redrive;

/// <summary>How a message move task ended.</summary>
internal sealed record MoveOutcome
{
    /// <summary>SQS's status: <c>COMPLETED</c>, <c>FAILED</c> or <c>CANCELLED</c>.</summary>
    [JsonPropertyName("status")] public required string Status { get; init; }
    [JsonPropertyName("moved")] public required long Moved { get; init; }
    [JsonPropertyName("toMove")] public required long ToMove { get; init; }
    [JsonPropertyName("failureReason")] public string? FailureReason { get; init; }
    [JsonPropertyName("taskHandle")] public required string TaskHandle { get; init; }

    [JsonIgnore] public bool Succeeded => Status == MoveTaskStatus.Completed;
}
