using System.Text.Json.Serialization;

namespace OndiloFanout.Domain.Collection;

/// <summary>What asked for a scheduler run; named on the wire (the run's summary) in lower case.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SchedulerTrigger>))]
public enum SchedulerTrigger
{
    /// <summary>The daily EventBridge rule.</summary>
    [JsonStringEnumMemberName("schedule")] Schedule,
    /// <summary>An empty input: yesterday.</summary>
    [JsonStringEnumMemberName("daily")] Daily,
    /// <summary><c>{"month":true}</c>: the last 30 days.</summary>
    [JsonStringEnumMemberName("month")] Month,
    /// <summary><c>{"date":…}</c>: one day.</summary>
    [JsonStringEnumMemberName("date")] Date,
    /// <summary><c>{"from":…,"to":…}</c>.</summary>
    [JsonStringEnumMemberName("range")] Range,
}
