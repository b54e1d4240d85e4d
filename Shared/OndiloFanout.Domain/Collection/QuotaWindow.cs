using OndiloFanout.Domain.Pools;

namespace OndiloFanout.Domain.Collection;

/// <summary>
/// The Ondilo quota counts per clock hour (UTC) and, once exceeded, blocks until the hour ends;
/// the shared budget therefore keys its counter by the hour.
/// </summary>
public static class QuotaWindow
{
    /// <summary>The most calls one read of a pool makes when <paramref name="measureTypes"/> are collected: a call per type and a token refresh.</summary>
    public static int CallsOfOneRead(IReadOnlyList<string> measureTypes) => MeasureType.CallsPerRead(measureTypes) + 1;

    /// <summary>
    /// No call goes out in the last 10 seconds of an hour: one sent then could reach the API in the next hour (network
    /// time, clocks a little apart) although the budget counted it in this one.
    /// </summary>
    public static TimeSpan EndMargin { get; } = TimeSpan.FromSeconds(10);

    /// <summary>When calls stop in the hour that holds <paramref name="now"/>: <see cref="EndMargin"/> before the next hour.</summary>
    public static DateTimeOffset CallsEnd(DateTimeOffset now) => NextHour(now) - EndMargin;

    /// <summary>The start of the UTC hour that holds <paramref name="now"/>.</summary>
    public static DateTimeOffset HourStart(DateTimeOffset now)
    {
        var utc = now.ToUniversalTime();
        return new DateTimeOffset(utc.Year, utc.Month, utc.Day, utc.Hour, 0, 0, TimeSpan.Zero);
    }

    /// <summary>The start of the next UTC hour: when a refused budget can be asked again.</summary>
    public static DateTimeOffset NextHour(DateTimeOffset now) => HourStart(now).AddHours(1);

    /// <summary>The counter's key, e.g. <c>2026-11-24T13</c>.</summary>
    public static string KeyOf(DateTimeOffset now) => HourStart(now).ToString("yyyy-MM-dd'T'HH", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Whether <paramref name="calls"/> more fit when <paramref name="used"/> are spent of <paramref name="limit"/>.</summary>
    public static bool Fits(int used, int calls, int limit) => calls >= 0 && used + calls <= limit;
}
