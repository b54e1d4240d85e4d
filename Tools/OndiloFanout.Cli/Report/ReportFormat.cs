using System.Globalization;

namespace OndiloFanout.Cli.Report;

/// <summary>Culture-independent text for numbers and times in the report.</summary>
internal static class ReportFormat
{
    /// <summary>An SVG coordinate: one decimal is finer than a screen pixel of a 960-wide chart needs.</summary>
    public static string Coordinate(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>A measure value, e.g. <c>7.35</c>.</summary>
    public static string Value(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>A measure time, e.g. <c>2026-11-24 13:04 UTC</c>.</summary>
    public static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
}
