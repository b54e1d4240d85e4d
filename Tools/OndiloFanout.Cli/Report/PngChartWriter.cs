using System.Globalization;
using ScottPlot;

namespace OndiloFanout.Cli.Report;

/// <summary>
/// <c>--png DIR</c>: one PNG per chart, drawn by ScottPlot (SkiaSharp, headless). Same content as the SVG: one line
/// per segment so gaps stay gaps, invalid measures as red crosses, the threshold band, shaded gaps.
/// </summary>
internal static class PngChartWriter
{
    public const int Width = 1200;
    public const int Height = 400;

    /// <summary>Writes <c>&lt;pool&gt;-&lt;type&gt;.png</c> into <paramref name="directory"/> and returns its path.</summary>
    public static string Write(string directory, MeasureChart chart)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        ArgumentNullException.ThrowIfNull(chart);
        var plot = new Plot();
        plot.Title($"{chart.PoolName}: {MeasureLabels.Name(chart.Type)}");
        // The date-time axis replaces the bottom axis, so its label is set after it.
        plot.Axes.DateTimeTicksBottom();
        plot.XLabel("Time (UTC)");
        plot.YLabel(MeasureLabels.AxisLabel(chart.Type, chart.Unit));
        if (chart.Band is { } band)
        {
            var span = plot.Add.VerticalSpan(band.Low, band.High, Color.FromHex("#d3f9d8").WithAlpha(0.75));
            span.LineColor = Color.FromHex("#40c057");
        }

        foreach (var gap in chart.Gaps)
        {
            plot.Add.HorizontalSpan(Oa(gap.From), Oa(gap.To), Color.FromHex("#dee2e6").WithAlpha(0.8)).LineWidth = 0;
        }

        var color = Color.FromHex(MeasureLabels.Color(chart.Type));
        foreach (var segment in chart.Segments)
        {
            var line = plot.Add.ScatterLine(segment.Select(point => Oa(point.Time)).ToArray(), segment.Select(point => point.Value).ToArray(), color);
            line.LineWidth = 1.6f;
            line.MarkerSize = segment.Count == 1 ? 4 : 0;
        }

        var withValue = chart.Invalid.Where(measure => measure.Value is not null).ToList();
        if (withValue.Count > 0)
        {
            var markers = plot.Add.Markers(withValue.Select(measure => Oa(measure.Time)).ToArray(), withValue.Select(measure => measure.Value!.Value).ToArray(), MarkerShape.Eks, 9, Color.FromHex("#e03131"));
            markers.MarkerLineWidth = 2;
        }

        var frame = new ChartFrame(chart);
        plot.Axes.SetLimits(Oa(chart.Start), Oa(chart.End), frame.ValueTicks.Min, frame.ValueTicks.Max);
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, FileName(chart));
        plot.SavePng(path, Width, Height);
        return path;
    }

    /// <summary><c>&lt;pool&gt;-&lt;type&gt;.png</c>, with anything but letters, digits, '-' and '_' in the type replaced.</summary>
    public static string FileName(MeasureChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var type = new string(chart.Type.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_').ToArray());
        return string.Create(CultureInfo.InvariantCulture, $"{chart.PoolId}-{type}.png");
    }

    private static double Oa(DateTimeOffset time) => time.UtcDateTime.ToOADate();
}
