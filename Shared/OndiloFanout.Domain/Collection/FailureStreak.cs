using System.Text.Json.Serialization;

namespace OndiloFanout.Domain.Collection;

/// <summary>
/// The failed attempts in a row at one pool's work in one run (the window read and its writes, which all of the run's
/// messages of that pool share), so that they count once for the pool, not once per message. Success clears it.
/// </summary>
public sealed record FailureStreak
{
    [JsonPropertyName("failures")]
    public required int Failures { get; init; }

    /// <summary>Why the latest attempt failed.</summary>
    [JsonPropertyName("lastError")]
    public required string LastError { get; init; }

    [JsonPropertyName("lastFailedAt")]
    public required DateTimeOffset LastFailedAt { get; init; }

    /// <summary>
    /// When the failures last reached <see cref="FailurePolicy.MaxFailures"/>: from then on the run's messages of the
    /// pool are dead-lettered without calling the API, except the ones dead-lettered since (redriven: a fresh start).
    /// </summary>
    [JsonPropertyName("blockedAt")]
    public DateTimeOffset? BlockedAt { get; init; }
}
