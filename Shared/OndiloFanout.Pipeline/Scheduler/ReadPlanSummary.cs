using System.Text.Json.Serialization;
using OndiloFanout.Domain.Collection;

namespace OndiloFanout.Pipeline.Scheduler;

/// <summary>What a daily run's <see cref="ReadPlan"/> gives, in the scheduler's summary.</summary>
public sealed record ReadPlanSummary
{
    /// <summary>Pools read by this run; the others cost nothing and enqueued nothing.</summary>
    [JsonPropertyName("pools")] public required int Pools { get; init; }
    /// <summary>Pools the plan was made for that this run does not read: later daily runs read them, each when it is due.</summary>
    [JsonPropertyName("poolsLeft")] public int PoolsLeft { get; init; }
    [JsonPropertyName("callsPlanned")] public required int CallsPlanned { get; init; }
    [JsonPropertyName("readsPerDay")] public required int ReadsPerDay { get; init; }
    /// <summary>Pools the budget archives without losing an hour.</summary>
    [JsonPropertyName("maxPools")] public required int MaxPools { get; init; }
    [JsonPropertyName("intervalDays")] public required int IntervalDays { get; init; }
    [JsonPropertyName("lagDays")] public required int LagDays { get; init; }
    [JsonPropertyName("lagBoundDays")] public required int LagBoundDays { get; init; }
    [JsonPropertyName("catchUpDays")] public int? CatchUpDays { get; init; }
    /// <summary>When the oldest uncollected hour of any pool leaves the API's history.</summary>
    [JsonPropertyName("firstExpiry")] public DateTimeOffset? FirstExpiry { get; init; }
    /// <summary>Days from the run to <see cref="FirstExpiry"/> (one decimal): what the <c>HistoryExpiryDays</c> alarm watches.</summary>
    [JsonPropertyName("expiryDays")] public double? ExpiryDays { get; init; }
    /// <summary>Pool-hours of history projected to leave the API before their pool's read.</summary>
    [JsonPropertyName("hoursLost")] public required double HoursLost { get; init; }

    /// <summary>The figures of <paramref name="plan"/>, made at <paramref name="now"/>.</summary>
    public static ReadPlanSummary Of(ReadPlan plan, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return new()
        {
            Pools = plan.Reads.Count,
            PoolsLeft = plan.Pools - plan.Reads.Count,
            CallsPlanned = plan.CallsPlanned,
            ReadsPerDay = plan.ReadsPerDay,
            MaxPools = plan.MaxPools,
            IntervalDays = plan.ReadIntervalDays,
            LagDays = plan.LagDays,
            LagBoundDays = plan.LagBoundDays,
            CatchUpDays = plan.CatchUpDays,
            FirstExpiry = plan.FirstExpiry,
            ExpiryDays = plan.FirstExpiry is { } expiry ? Math.Round((expiry - now).TotalDays, 1) : null,
            HoursLost = Math.Round(plan.HistoryLost.TotalHours, 1),
        };
    }
}
