using System.Globalization;
using System.Text;
using System.Xml;
using static OndiloFanout.Cli.Report.ReportFormat;

namespace OndiloFanout.Cli.Report;

/// <summary>
/// Draws one chart as inline SVG: grid and ticks, axis labels, the threshold band, gaps, the line (one subpath per
/// segment, so a gap breaks it) and a cross per invalid measure. Element classes are the contract with the page's CSS.
/// </summary>
internal static class SvgChartWriter
{
    private const double MarkerHalf = 3.5;

    public static void Write(XmlWriter svg, MeasureChart chart)
    {
        ArgumentNullException.ThrowIfNull(svg);
        ArgumentNullException.ThrowIfNull(chart);
        var frame = new ChartFrame(chart);
        var title = $"{chart.PoolName}: {MeasureLabels.Name(chart.Type)}";
        svg.WriteStartElement("svg");
        svg.WriteAttributeString("class", "chart");
        svg.WriteAttributeString("viewBox", $"0 0 {Coordinate(ChartFrame.Width)} {Coordinate(ChartFrame.Height)}");
        svg.WriteAttributeString("role", "img");
        svg.WriteAttributeString("aria-label", title);
        svg.WriteAttributeString("data-pool", chart.PoolId.ToString(CultureInfo.InvariantCulture));
        svg.WriteAttributeString("data-type", chart.Type);
        svg.WriteElementString("title", title);
        Rect(svg, "plot-area", ChartFrame.PlotLeft, ChartFrame.PlotTop, ChartFrame.PlotRight, ChartFrame.PlotBottom, null);
        if (chart.Band is { } band)
        {
            WriteBand(svg, frame, band, chart.Unit);
        }

        foreach (var gap in chart.Gaps)
        {
            Rect(svg, "gap", frame.X(gap.From), ChartFrame.PlotTop, frame.X(gap.To), ChartFrame.PlotBottom, $"No measure from {Time(gap.From)} to {Time(gap.To)}");
        }

        WriteAxes(svg, frame, chart);
        WriteLine(svg, frame, chart);
        WriteInvalid(svg, frame, chart);
        if (chart.Points == 0 && chart.Invalid.Count == 0)
        {
            Text(svg, "empty", (ChartFrame.PlotLeft + ChartFrame.PlotRight) / 2, (ChartFrame.PlotTop + ChartFrame.PlotBottom) / 2, "No values in this range", null);
        }

        svg.WriteEndElement();
    }

    private static void WriteBand(XmlWriter svg, ChartFrame frame, ThresholdBand band, string? unit)
    {
        var label = $"Configured thresholds {Value(band.Low)} to {Value(band.High)}{(unit is null ? "" : " " + unit)}";
        Rect(svg, "threshold-band", ChartFrame.PlotLeft, frame.Y(band.High), ChartFrame.PlotRight, frame.Y(band.Low), label);
        foreach (var (name, value) in new[] { ("low", band.Low), ("high", band.High) })
        {
            // Labels sit inside the band, clear of the tick labels below the plot.
            Line(svg, "threshold-line", ChartFrame.PlotLeft, frame.Y(value), ChartFrame.PlotRight, frame.Y(value));
            Text(svg, "threshold-label", ChartFrame.PlotRight - 4, frame.Y(value) + (name == "low" ? -3 : 11), $"{name} {Value(value)}", null);
        }
    }

    private static void WriteAxes(XmlWriter svg, ChartFrame frame, MeasureChart chart)
    {
        svg.WriteStartElement("g");
        svg.WriteAttributeString("class", "y-axis");
        foreach (var tick in frame.ValueTicks.Values())
        {
            Line(svg, "grid", ChartFrame.PlotLeft, frame.Y(tick), ChartFrame.PlotRight, frame.Y(tick));
            Text(svg, "tick", ChartFrame.PlotLeft - 6, frame.Y(tick) + 4, Value(tick), null);
        }

        svg.WriteEndElement();
        svg.WriteStartElement("g");
        svg.WriteAttributeString("class", "x-axis");
        foreach (var tick in frame.TimeTicks)
        {
            Line(svg, "grid", frame.X(tick), ChartFrame.PlotTop, frame.X(tick), ChartFrame.PlotBottom);
            Text(svg, "tick", frame.X(tick), ChartFrame.PlotBottom + 16, TimeTicks.Label(tick), null);
        }

        svg.WriteEndElement();
        Text(svg, "axis-label x-label", (ChartFrame.PlotLeft + ChartFrame.PlotRight) / 2, ChartFrame.Height - 6, "Time (UTC)", null);
        var (x, y) = (14.0, (ChartFrame.PlotTop + ChartFrame.PlotBottom) / 2);
        Text(svg, "axis-label y-label", x, y, MeasureLabels.AxisLabel(chart.Type, chart.Unit), $"rotate(-90 {Coordinate(x)} {Coordinate(y)})");
    }

    private static void WriteLine(XmlWriter svg, ChartFrame frame, MeasureChart chart)
    {
        if (chart.Points == 0)
        {
            return;
        }

        var path = new StringBuilder();
        foreach (var segment in chart.Segments)
        {
            path.Append('M').Append(Coordinate(frame.X(segment[0].Time))).Append(',').Append(Coordinate(frame.Y(segment[0].Value)));
            // A lone point has no line to carry it: a zero-length stroke with round caps draws it as a dot.
            var rest = segment.Count == 1 ? segment : segment.Skip(1);
            foreach (var point in rest)
            {
                path.Append(" L").Append(Coordinate(frame.X(point.Time))).Append(',').Append(Coordinate(frame.Y(point.Value)));
            }

            path.Append(' ');
        }

        svg.WriteStartElement("path");
        svg.WriteAttributeString("class", "series");
        svg.WriteAttributeString("stroke", MeasureLabels.Color(chart.Type));
        svg.WriteAttributeString("d", path.ToString().TrimEnd());
        svg.WriteEndElement();
    }

    private static void WriteInvalid(XmlWriter svg, ChartFrame frame, MeasureChart chart)
    {
        if (chart.Invalid.Count == 0)
        {
            return;
        }

        svg.WriteStartElement("g");
        svg.WriteAttributeString("class", "invalid");
        foreach (var measure in chart.Invalid)
        {
            // An invalid measure without a value sits on the time axis, so it is seen but claims no value.
            var (x, y) = (frame.X(measure.Time), measure.Value is { } value ? frame.Y(value) : ChartFrame.PlotBottom);
            svg.WriteStartElement("path");
            svg.WriteAttributeString("class", "invalid-marker");
            svg.WriteAttributeString("d", $"M{Coordinate(x - MarkerHalf)},{Coordinate(y - MarkerHalf)} L{Coordinate(x + MarkerHalf)},{Coordinate(y + MarkerHalf)} M{Coordinate(x - MarkerHalf)},{Coordinate(y + MarkerHalf)} L{Coordinate(x + MarkerHalf)},{Coordinate(y - MarkerHalf)}");
            svg.WriteElementString("title", $"Invalid ({measure.Reason ?? "no reason given"}): {(measure.Value is { } shown ? Value(shown) : "no value")} at {Time(measure.Time)}");
            svg.WriteEndElement();
        }

        svg.WriteEndElement();
    }

    private static void Rect(XmlWriter svg, string cssClass, double x1, double y1, double x2, double y2, string? title)
    {
        svg.WriteStartElement("rect");
        svg.WriteAttributeString("class", cssClass);
        svg.WriteAttributeString("x", Coordinate(x1));
        svg.WriteAttributeString("y", Coordinate(y1));
        svg.WriteAttributeString("width", Coordinate(Math.Max(0, x2 - x1)));
        svg.WriteAttributeString("height", Coordinate(Math.Max(0, y2 - y1)));
        if (title is not null)
        {
            svg.WriteElementString("title", title);
        }

        svg.WriteEndElement();
    }

    private static void Line(XmlWriter svg, string cssClass, double x1, double y1, double x2, double y2)
    {
        svg.WriteStartElement("line");
        svg.WriteAttributeString("class", cssClass);
        svg.WriteAttributeString("x1", Coordinate(x1));
        svg.WriteAttributeString("y1", Coordinate(y1));
        svg.WriteAttributeString("x2", Coordinate(x2));
        svg.WriteAttributeString("y2", Coordinate(y2));
        svg.WriteEndElement();
    }

    private static void Text(XmlWriter svg, string cssClass, double x, double y, string text, string? transform)
    {
        svg.WriteStartElement("text");
        svg.WriteAttributeString("class", cssClass);
        svg.WriteAttributeString("x", Coordinate(x));
        svg.WriteAttributeString("y", Coordinate(y));
        if (transform is not null)
        {
            svg.WriteAttributeString("transform", transform);
        }

        svg.WriteString(text);
        svg.WriteEndElement();
    }
}
