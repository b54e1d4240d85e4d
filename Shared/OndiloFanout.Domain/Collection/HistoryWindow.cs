using OndiloFanout.Domain.Pools;

namespace OndiloFanout.Domain.Collection;

/// <summary>
/// What the API's rolling windows can still give: <c>day</c>, <c>week</c> and <c>month</c> all end at the time of
/// the call, so a UTC day is read whole only through a window that started before its midnight, and days that
/// ended more than 30 days ago are gone.
/// </summary>
public static class HistoryWindow
{
    /// <summary>The API's history: the <c>month</c> window.</summary>
    public static TimeSpan Depth { get; } = MeasurePeriod.Month.Span();

    /// <summary>
    /// The ICO uploads about hourly: a day counts as complete only when read at least this long after its end.
    /// </summary>
    public static TimeSpan SettleTime { get; } = TimeSpan.FromHours(2);

    /// <summary>
    /// How long after a window is chosen its reads may still start (a token refresh, then one read per type, paced):
    /// the window must still cover the day then, or the day would be cut at its start. It costs nothing: a wider
    /// window takes as many calls.
    /// </summary>
    public static TimeSpan ReadMargin { get; } = TimeSpan.FromMinutes(15);

    /// <summary>True when nothing of <paramref name="day"/> can be read any more.</summary>
    public static bool IsGone(DateOnly day, DateTimeOffset now) => UtcDay.End(day) <= now - Depth;

    /// <summary>True when the API still has the whole of <paramref name="day"/>.</summary>
    public static bool IsWhollyAvailable(DateOnly day, DateTimeOffset now) => UtcDay.Start(day) >= now - Depth;

    /// <summary>
    /// The smallest window that covers the whole day when read at <paramref name="now"/> or up to
    /// <see cref="ReadMargin"/> later (in practice <c>week</c> for the last six days, else <c>month</c>); <c>month</c>
    /// too for a day it only partly covers.
    /// </summary>
    public static MeasurePeriod SmallestCovering(DateOnly day, DateTimeOffset now)
    {
        foreach (var period in (ReadOnlySpan<MeasurePeriod>)[MeasurePeriod.Day, MeasurePeriod.Week])
        {
            if (now + ReadMargin - period.Span() <= UtcDay.Start(day))
            {
                return period;
            }
        }

        return MeasurePeriod.Month;
    }

    /// <summary>The smallest window that covers every one of <paramref name="days"/>.</summary>
    public static MeasurePeriod SmallestCoveringAll(IEnumerable<DateOnly> days, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(days);
        var widest = MeasurePeriod.Day;
        foreach (var day in days)
        {
            var period = SmallestCovering(day, now);
            widest = period > widest ? period : widest;
        }

        return widest;
    }

    /// <summary>
    /// The earliest time a read can complete <paramref name="day"/>: <see cref="SettleTime"/> after its end, when
    /// the ICO has uploaded all of it. A read before then writes the day partial, up to what had surely been uploaded.
    /// </summary>
    public static DateTimeOffset ReadyAt(DateOnly day) => UtcDay.End(day) + SettleTime;

    /// <summary>True when a read at <paramref name="now"/> can complete <paramref name="day"/> (see <see cref="ReadyAt"/>).</summary>
    public static bool IsReady(DateOnly day, DateTimeOffset now) => ReadyAt(day) <= now;
}
