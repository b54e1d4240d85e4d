using System.Globalization;
using System.Text;
using System.Xml;
using static OndiloFanout.Cli.Report.ReportFormat;

namespace OndiloFanout.Cli.Report;

/// <summary>
/// Writes the report as one self-contained page: inline CSS and inline SVG, no script, no external asset. It is
/// written through <see cref="XmlWriter"/>, so it is well-formed XML as well as HTML and every text is escaped.
/// </summary>
internal static class HtmlReportWriter
{
    public static void Write(Stream output, ReportPage page)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(page);
        var settings = new XmlWriterSettings { OmitXmlDeclaration = true, Encoding = new UTF8Encoding(false), Indent = true };
        using var html = XmlWriter.Create(output, settings);
        // WriteDocType would write "<!DOCTYPE html >"; browsers accept it, but the canonical form is plainer.
        html.WriteRaw("<!DOCTYPE html>\n");
        html.WriteStartElement("html");
        html.WriteAttributeString("lang", "en");
        WriteHead(html, page);
        html.WriteStartElement("body");
        html.WriteStartElement("main");
        WriteHeader(html, page);
        if (page.Charts.Count == 0)
        {
            Element(html, "p", "empty-report", "No measures in this range. Check --from/--to, --pools and --types, or collect with `ondilo-fanout run`.");
        }

        foreach (var pool in page.Charts.GroupBy(chart => chart.PoolId))
        {
            WritePool(html, pool.ToList());
        }

        html.WriteFullEndElement();
        html.WriteFullEndElement();
        html.WriteFullEndElement();
    }

    private static void WriteHead(XmlWriter html, ReportPage page)
    {
        html.WriteStartElement("head");
        html.WriteStartElement("meta");
        html.WriteAttributeString("charset", "utf-8");
        html.WriteEndElement();
        html.WriteStartElement("meta");
        html.WriteAttributeString("name", "viewport");
        html.WriteAttributeString("content", "width=device-width, initial-scale=1");
        html.WriteEndElement();
        html.WriteElementString("title", $"Pool measures {page.Days}");
        html.WriteElementString("style", ReportStyles.Css);
        html.WriteFullEndElement();
    }

    private static void WriteHeader(XmlWriter html, ReportPage page)
    {
        html.WriteStartElement("header");
        html.WriteElementString("h1", "Pool measures");
        var pools = page.Charts.Select(chart => chart.PoolId).Distinct().Count();
        Element(html, "p", "meta", string.Create(CultureInfo.InvariantCulture,
            $"{page.Days.From:yyyy-MM-dd} to {page.Days.To:yyyy-MM-dd} (UTC days) · {pools} pool{(pools == 1 ? "" : "s")} · {page.Charts.Count} charts · generated {Time(page.GeneratedAt)}"));
        Element(html, "p", "meta", page.ThresholdsSource is null
            ? "No thresholds file given: charts show measures only (add --thresholds FILE to draw each pool's configured ranges)."
            : $"Thresholds from {page.ThresholdsSource}.");
        html.WriteStartElement("ul");
        html.WriteAttributeString("class", "legend");
        LegendItem(html, "line", "", "valid measures (a break is a gap)");
        LegendItem(html, "invalid", "×", "measure flagged invalid by the ICO");
        LegendItem(html, "band", "", "configured thresholds");
        LegendItem(html, "gap", "", $"no measure for more than {ChartBuilder.GapThreshold.TotalHours:0} h");
        html.WriteFullEndElement();
        html.WriteFullEndElement();
    }

    private static void WritePool(XmlWriter html, List<MeasureChart> charts)
    {
        var first = charts[0];
        html.WriteStartElement("section");
        html.WriteAttributeString("class", "pool");
        html.WriteAttributeString("id", string.Create(CultureInfo.InvariantCulture, $"pool-{first.PoolId}"));
        html.WriteStartElement("h2");
        html.WriteString(first.PoolName + " ");
        Element(html, "span", "pool-id", string.Create(CultureInfo.InvariantCulture, $"pool {first.PoolId}"));
        html.WriteFullEndElement();
        foreach (var chart in charts)
        {
            html.WriteStartElement("figure");
            html.WriteAttributeString("class", "measure");
            WriteCaption(html, chart);
            SvgChartWriter.Write(html, chart);
            html.WriteFullEndElement();
        }

        html.WriteFullEndElement();
    }

    private static void WriteCaption(XmlWriter html, MeasureChart chart)
    {
        html.WriteStartElement("figcaption");
        html.WriteElementString("strong", MeasureLabels.AxisLabel(chart.Type, chart.Unit));
        var parts = new List<string> { Count(chart.Points, "measure") };
        if (chart.ValueRange() is var (min, max))
        {
            parts.Add($"min {Value(min)}, max {Value(max)}");
        }

        if (chart.Band is { } band)
        {
            var outside = chart.Segments.Sum(segment => segment.Count(point => point.Value < band.Low || point.Value > band.High));
            parts.Add($"thresholds {Value(band.Low)}–{Value(band.High)}, {Count(outside, "measure")} outside");
        }

        parts.Add($"{Count(chart.Invalid.Count, "invalid measure")}, {Count(chart.NullsSkipped, "null value")} skipped");
        html.WriteString(" · " + string.Join(" · ", parts));
        if (chart.Gaps.Count > 0)
        {
            html.WriteString(" · ");
            var longest = chart.Gaps.Max(gap => gap.To - gap.From);
            Element(html, "span", "warn", $"{Count(chart.Gaps.Count, "gap")} (longest {longest.TotalHours:0.#} h)");
        }

        html.WriteFullEndElement();
    }

    private static void LegendItem(XmlWriter html, string swatch, string symbol, string text)
    {
        html.WriteStartElement("li");
        Element(html, "span", "swatch " + swatch, symbol);
        html.WriteString(text);
        html.WriteFullEndElement();
    }

    private static void Element(XmlWriter html, string name, string cssClass, string text)
    {
        html.WriteStartElement(name);
        html.WriteAttributeString("class", cssClass);
        html.WriteString(text);
        html.WriteFullEndElement();
    }

    private static string Count(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count:N0} {noun}{(count == 1 ? "" : "s")}");
}
