using System.Text.Json.Serialization;
using OndiloFanout.Domain.Collection;

namespace OndiloFanout.Local.Run;

/// <summary>One dead-lettered message: which device-day, and why.</summary>
public sealed record DeadLetterSummary(
    [property: JsonPropertyName("poolId")] long? PoolId,
    [property: JsonPropertyName("day")] DateOnly? Day,
    [property: JsonPropertyName("reason")] string Reason)
{
    /// <summary>
    /// The device-day a dead-lettered <paramref name="body"/> stands for, with its <paramref name="reason"/>: when it has
    /// none, <paramref name="unexplained"/> for a work message, or why the body could not be read.
    /// </summary>
    public static DeadLetterSummary Of(string? body, string? reason, string unexplained) =>
        WorkMessageCodec.TryParse(body, out var message, out var problem)
            ? new DeadLetterSummary(message!.PoolId, message.Day, reason ?? unexplained)
            : new DeadLetterSummary(null, null, reason ?? problem!);
}
