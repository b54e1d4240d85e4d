using System.Text.Json.Serialization;
using OndiloFanout.Domain.Collection;

namespace OndiloFanout.Pipeline.Scheduler;

/// <summary>What a daily run's <see cref="ReadPlan"/> gives, in the scheduler's summary.</summary>
public sealed record ReadPlanSummary
{
    /// <summary>Pools read by this run; the others cost nothing and enqueued nothing.</summary>
    [JsonPropertyName("pools")] public required int Pools { get; init; }
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
    /// <summary>Pool-hours of history projected to leave the API before their pool's read.</summary>
    [JsonPropertyName("hoursLost")] public required double HoursLost { get; init; }

    public static ReadPlanSummary Of(ReadPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return new()
        {
            Pools = plan.Reads.Count,
            CallsPlanned = plan.CallsPlanned,
            ReadsPerDay = plan.ReadsPerDay,
            MaxPools = plan.MaxPools,
            IntervalDays = plan.ReadIntervalDays,
            LagDays = plan.LagDays,
            LagBoundDays = plan.LagBoundDays,
            CatchUpDays = plan.CatchUpDays,
            FirstExpiry = plan.FirstExpiry,
            HoursLost = Math.Round(plan.HistoryLost.TotalHours, 1),
        };
    }
}
