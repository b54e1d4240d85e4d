namespace OndiloFanout.Domain.Collection;

/// <summary>
/// Which older days a daily run also looks at: every day of the API's history before the requested one, so that
/// days lost to missed runs, outages or a redrive that came too late are collected while the API still has them.
/// </summary>
public static class GapHealing
{
    /// <summary>
    /// The days before <see cref="SchedulerRequest.Days"/> to heal, or <c>null</c>: only daily runs (scheduled or
    /// <c>{}</c>) heal, and a forced run does not (it rewrites exactly what it was asked to).
    /// </summary>
    public static DayRange? RangeFor(SchedulerRequest request, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Force || request.Trigger is not (SchedulerTrigger.Daily or SchedulerTrigger.Schedule))
        {
            return null;
        }

        // The day that holds the history's first instant: part of it is still there, so it is never gone.
        var oldest = UtcDay.Of(now - HistoryWindow.Depth);
        var last = request.Days.From.AddDays(-1);
        return oldest <= last ? new DayRange(oldest, last) : null;
    }
}
