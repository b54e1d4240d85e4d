using System.Text.Json.Serialization;

namespace OndiloFanout.Domain.Pools;

/// <summary>The rolling history windows of <c>/pools/{id}/measures</c>; each ends at the time of the call. Named on the wire as the API names them.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<MeasurePeriod>))]
public enum MeasurePeriod
{
    [JsonStringEnumMemberName("day")] Day,
    [JsonStringEnumMemberName("week")] Week,
    [JsonStringEnumMemberName("month")] Month,
}

public static class MeasurePeriodExtensions
{
    /// <summary>The value of the <c>period</c> query parameter.</summary>
    public static string ToQueryValue(this MeasurePeriod period) => period switch
    {
        MeasurePeriod.Day => "day",
        MeasurePeriod.Week => "week",
        MeasurePeriod.Month => "month",
        _ => throw new ArgumentOutOfRangeException(nameof(period), period, null),
    };

    /// <summary>How far back the window reaches from the time of the call.</summary>
    public static TimeSpan Span(this MeasurePeriod period) => period switch
    {
        MeasurePeriod.Day => TimeSpan.FromDays(1),
        MeasurePeriod.Week => TimeSpan.FromDays(7),
        MeasurePeriod.Month => TimeSpan.FromDays(30),
        _ => throw new ArgumentOutOfRangeException(nameof(period), period, null),
    };
}
