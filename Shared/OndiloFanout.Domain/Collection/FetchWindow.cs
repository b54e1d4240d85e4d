using OndiloFanout.Domain.Pools;

namespace OndiloFanout.Domain.Collection;

/// <summary>
/// The span of time a set of reads surely covered. Reads of several types take a while, so the window is taken
/// conservatively: from the last read's start back by the period, up to the first read's start.
/// </summary>
public sealed record FetchWindow(DateTimeOffset From, DateTimeOffset To, MeasurePeriod Period)
{
    public static FetchWindow Covered(MeasurePeriod period, DateTimeOffset firstReadAt, DateTimeOffset lastReadAt) =>
        new(lastReadAt - period.Span(), firstReadAt, period);

    /// <summary>When the last of the reads started.</summary>
    public DateTimeOffset LastReadAt => From + Period.Span();

    /// <summary>Every measure taken up to this instant had been uploaded when the window was read.</summary>
    public DateTimeOffset SettledUntil => To - HistoryWindow.SettleTime;

    /// <summary>The UTC days the window touches that were over when it was read, oldest first.</summary>
    public IEnumerable<DateOnly> FinishedDays()
    {
        for (var day = UtcDay.Of(From); UtcDay.End(day) <= To; day = day.AddDays(1))
        {
            yield return day;
        }
    }
}
