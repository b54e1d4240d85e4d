namespace OndiloFanout.Domain.Pools;

/// <summary>The rolling history windows of <c>/pools/{id}/measures</c>; each ends at the time of the call.</summary>
public enum MeasurePeriod
{
    Day,
    Week,
    Month,
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

    public static bool TryParse(string? value, out MeasurePeriod period)
    {
        switch (value)
        {
            case "day": period = MeasurePeriod.Day; return true;
            case "week": period = MeasurePeriod.Week; return true;
            case "month": period = MeasurePeriod.Month; return true;
            default: period = default; return false;
        }
    }
}
