namespace Ondilo.Simulator.Data;

/// <summary>The <c>period</c> values of the measures endpoint and the rolling span each covers.</summary>
internal static class MeasurePeriods
{
    public static bool TryGetSpan(string? period, out TimeSpan span)
    {
        span = period switch
        {
            "day" => TimeSpan.FromDays(1),
            "week" => TimeSpan.FromDays(7),
            "month" => TimeSpan.FromDays(30),
            _ => TimeSpan.Zero,
        };
        return span > TimeSpan.Zero;
    }
}
