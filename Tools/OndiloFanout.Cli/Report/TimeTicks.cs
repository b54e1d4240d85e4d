namespace OndiloFanout.Cli.Report;

/// <summary>Time axis ticks on round UTC instants: every 3, 6 or 12 hours for short ranges, else every 1, 2, 3, 7, 14 or 28 days.</summary>
internal static class TimeTicks
{
    private static readonly TimeSpan[] Steps =
        [TimeSpan.FromHours(3), TimeSpan.FromHours(6), TimeSpan.FromHours(12), TimeSpan.FromDays(1), TimeSpan.FromDays(2), TimeSpan.FromDays(3), TimeSpan.FromDays(7), TimeSpan.FromDays(14), TimeSpan.FromDays(28)];

    /// <summary>Ticks from <paramref name="start"/> (a UTC midnight) to <paramref name="end"/>, inclusive, at most <paramref name="maxTicks"/>.</summary>
    public static IReadOnlyList<DateTimeOffset> For(DateTimeOffset start, DateTimeOffset end, int maxTicks = 12)
    {
        if (end <= start)
        {
            throw new ArgumentOutOfRangeException(nameof(end), "The time axis must end after it starts.");
        }

        var span = end - start;
        var step = Steps.FirstOrDefault(candidate => span / candidate <= maxTicks, TimeSpan.FromTicks(span.Ticks / maxTicks));
        var ticks = new List<DateTimeOffset>();
        for (var tick = start; tick <= end; tick += step)
        {
            ticks.Add(tick);
        }

        return ticks;
    }

    /// <summary>Label of a tick: the day (<c>Nov 18</c>) at midnight, else the hour (<c>06:00</c>).</summary>
    public static string Label(DateTimeOffset tick) =>
        tick.UtcDateTime.TimeOfDay == TimeSpan.Zero
            ? tick.UtcDateTime.ToString("MMM d", System.Globalization.CultureInfo.InvariantCulture)
            : tick.UtcDateTime.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture);
}
