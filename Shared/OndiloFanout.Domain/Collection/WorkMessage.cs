using System.Text.Json.Serialization;
using OndiloFanout.Domain.Pools;

namespace OndiloFanout.Domain.Collection;

/// <summary>
/// One device-day to collect: the body of a work-queue message (JSON, versioned by <see cref="Version"/>).
/// It carries what the fetcher needs without calling the API again: the pool's name, the types to read and
/// the window the scheduler chose for the whole pool, plus the deferral and failure state. Fields added to version 1
/// are optional and left out while they hold their default, so a version 1 body without them reads as before.
/// </summary>
public sealed record WorkMessage
{
    /// <summary>The only body version this code reads.</summary>
    public const int CurrentVersion = 1;

    [JsonPropertyName("v")]
    public required int Version { get; init; }

    [JsonPropertyName("runId")]
    public required string RunId { get; init; }

    [JsonPropertyName("poolId")]
    public required long PoolId { get; init; }

    [JsonPropertyName("poolName")]
    public string? PoolName { get; init; }

    /// <summary>The UTC day to collect.</summary>
    [JsonPropertyName("day")]
    public required DateOnly Day { get; init; }

    /// <summary>The measure types to read for this pool.</summary>
    [JsonPropertyName("types")]
    public required IReadOnlyList<string> Types { get; init; }

    /// <summary>
    /// The window the scheduler chose for all of this pool's days in this run (<c>week</c> or <c>month</c>),
    /// so that whichever message runs first reads one window that serves them all.
    /// </summary>
    [JsonPropertyName("window")]
    public MeasurePeriod? Window { get; init; }

    /// <summary>
    /// Re-collect even if the ledger holds the day as complete: every day of the run's range that the window
    /// covers (<see cref="ForceFrom"/>..<see cref="ForceTo"/>, default the message's day) is rewritten once per run.
    /// </summary>
    [JsonPropertyName("force")]
    public bool Force { get; init; }

    [JsonPropertyName("forceFrom")]
    public DateOnly? ForceFrom { get; init; }

    [JsonPropertyName("forceTo")]
    public DateOnly? ForceTo { get; init; }

    /// <summary>Whether this message asks to rewrite <paramref name="day"/> although the ledger holds it.</summary>
    public bool Rewrites(DateOnly day) => Force && day >= (ForceFrom ?? Day) && day <= (ForceTo ?? Day);

    /// <summary>How many times this message was deferred for quota or a busy pool (not SQS receives).</summary>
    [JsonPropertyName("deferCount")]
    public int DeferCount { get; init; }

    /// <summary>Do not call the API before this time; an earlier delivery is deferred again at no cost.</summary>
    [JsonPropertyName("notBefore")]
    public DateTimeOffset? NotBefore { get; init; }

    /// <summary>Failed attempts before this message was sent: carried across deferrals (see <see cref="FailurePolicy"/>).</summary>
    [JsonPropertyName("failures")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public int Failures { get; init; }

    /// <summary>Why the latest failed attempt failed.</summary>
    [JsonPropertyName("lastError")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public string? LastError { get; init; }

    /// <summary>When the fetcher sent this body to the dead-letter queue; a redrive of it gets fresh attempts.</summary>
    [JsonPropertyName("deadLetteredAt")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public DateTimeOffset? DeadLetteredAt { get; init; }
}
