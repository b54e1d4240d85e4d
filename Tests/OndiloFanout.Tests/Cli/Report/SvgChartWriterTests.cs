using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using OndiloFanout.Cli.Report;
using OndiloFanout.Domain.Collection;
using Xunit;
using static OndiloFanout.Tests.TestDoubles.ReportRecords;

namespace OndiloFanout.Tests.Cli.Report;

public sealed class SvgChartWriterTests
{
    private static readonly DateOnly Day = new(2026, 11, 20);
    private static readonly DateTimeOffset Midnight = new(2026, 11, 20, 0, 0, 0, TimeSpan.Zero);

    private static MeasureChart Chart(IEnumerable<MeasureRecord> records, ThresholdBand? band = null)
    {
        var chart = Assert.Single(ChartBuilder.Build(records, new ChartRequest { Days = new DayRange(Day, Day) }));
        return chart with { Band = band };
    }

    private static XElement Render(MeasureChart chart)
    {
        var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var xml = XmlWriter.Create(text, new XmlWriterSettings { OmitXmlDeclaration = true, ConformanceLevel = ConformanceLevel.Fragment }))
        {
            SvgChartWriter.Write(xml, chart);
        }

        return XElement.Parse(text.ToString());
    }

    private static IEnumerable<XElement> WithClass(XElement svg, string cssClass) =>
        svg.Descendants().Where(element => ((string?)element.Attribute("class"))?.Split(' ').Contains(cssClass) == true);

    private static string SeriesPath(XElement svg) => (string)WithClass(svg, "series").Single().Attribute("d")!;

    private static int Count(string path, char command) => path.Count(c => c == command);

    [Fact]
    public void Write_HourlyMeasures_OneUnbrokenLineThroughEveryPoint()
    {
        var svg = Render(Chart(Hourly(1, "ph", Midnight, 24)));

        Assert.Equal("svg", svg.Name.LocalName);
        Assert.Equal(("1", "ph"), ((string)svg.Attribute("data-pool")!, (string)svg.Attribute("data-type")!));
        Assert.Equal(1, Count(SeriesPath(svg), 'M'));
        Assert.Equal(23, Count(SeriesPath(svg), 'L'));
        Assert.Empty(WithClass(svg, "gap"));
    }

    [Fact]
    public void Write_Gap_PathBreaksAndGapIsShaded()
    {
        var records = Hourly(1, "ph", Midnight, 24).Where(record => record.ValueTime is not ("2026-11-20T10:05:00Z" or "2026-11-20T11:05:00Z" or "2026-11-20T12:05:00Z"));

        var svg = Render(Chart(records));

        Assert.Equal(2, Count(SeriesPath(svg), 'M'));
        var gap = Assert.Single(WithClass(svg, "gap"));
        Assert.Contains("No measure from 2026-11-20 09:05 UTC to 2026-11-20 13:05 UTC", gap.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_Band_RectangleBetweenTheThresholdsAndTwoLines()
    {
        var chart = Chart(Hourly(1, "ph", Midnight, 24), new ThresholdBand(7.2, 7.6));
        var frame = new ChartFrame(chart);

        var svg = Render(chart);

        var band = Assert.Single(WithClass(svg, "threshold-band"));
        Assert.Equal(frame.Y(7.6), double.Parse((string)band.Attribute("y")!, CultureInfo.InvariantCulture), 1);
        Assert.Equal(frame.Y(7.2) - frame.Y(7.6), double.Parse((string)band.Attribute("height")!, CultureInfo.InvariantCulture), 1);
        Assert.Equal(2, WithClass(svg, "threshold-line").Count());
        Assert.Equal(["low 7.2", "high 7.6"], WithClass(svg, "threshold-label").Select(label => label.Value));
    }

    [Fact]
    public void Write_NoBand_NoThresholdElements()
    {
        var svg = Render(Chart(Hourly(1, "ph", Midnight, 24)));

        Assert.Empty(WithClass(svg, "threshold-band"));
        Assert.Empty(WithClass(svg, "threshold-line"));
    }

    [Fact]
    public void Write_Axes_LabelsAndOneTextPerTick()
    {
        var chart = Chart(Hourly(1, "orp", Midnight, 24));

        var svg = Render(chart);

        Assert.Equal("Time (UTC)", WithClass(svg, "x-label").Single().Value);
        Assert.Equal("ORP (mV)", WithClass(svg, "y-label").Single().Value);
        var frame = new ChartFrame(chart);
        Assert.Equal(frame.ValueTicks.Values().Count, WithClass(svg, "y-axis").Single().Elements().Count(element => element.Name.LocalName == "text"));
        Assert.Equal(["Nov 20", "03:00", "06:00", "09:00", "12:00", "15:00", "18:00", "21:00", "Nov 21"], WithClass(svg, "x-axis").Single().Elements().Where(element => element.Name.LocalName == "text").Select(text => text.Value));
    }

    [Fact]
    public void Write_InvalidMeasures_CrossWithReasonOffTheLine()
    {
        var records = Hourly(1, "ph", Midnight, 4)
            .Append(Measure(1, "ph", Midnight.AddHours(1.5), 3, isValid: false, reason: "out_of_range"))
            .Append(Measure(1, "ph", Midnight.AddHours(2.5), null, isValid: false));

        var svg = Render(Chart(records));

        var markers = WithClass(svg, "invalid-marker").ToList();
        Assert.Equal(2, markers.Count);
        Assert.Contains("Invalid (out_of_range): 3 at 2026-11-20 01:30 UTC", markers[0].Value, StringComparison.Ordinal);
        Assert.Contains("no value", markers[1].Value, StringComparison.Ordinal);
        // Without a value the cross sits on the time axis.
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $",{ChartFrame.PlotBottom - 3.5:0.#} "), (string)markers[1].Attribute("d")!, StringComparison.Ordinal);
        Assert.Equal(3, Count(SeriesPath(svg), 'L'));
    }

    [Fact]
    public void Write_LonePoint_ZeroLengthStrokeSoItShows()
    {
        var svg = Render(Chart([Measure(1, "ph", Midnight.AddHours(12), 7.3)]));

        var path = SeriesPath(svg);
        Assert.Equal(path[1..path.IndexOf(' ', StringComparison.Ordinal)], path[(path.IndexOf('L', StringComparison.Ordinal) + 1)..]);
    }

    [Fact]
    public void Write_OnlyNullValues_SaysSoWithoutALine()
    {
        var svg = Render(Chart([Measure(1, "ph", Midnight.AddHours(12), null)]));

        Assert.Empty(WithClass(svg, "series"));
        Assert.Equal("No values in this range", WithClass(svg, "empty").Single().Value);
    }

    [Fact]
    public void Write_EveryPoint_InsideThePlotArea()
    {
        var records = Hourly(1, "ph", Midnight, 24).Select(record => record with { Value = Math.Sin(record.Value!.Value) * 1000 });

        var path = SeriesPath(Render(Chart(records, new ThresholdBand(-200, 300))));

        foreach (var pair in path.Split(' ').Select(step => step[1..].Split(',')))
        {
            var (x, y) = (double.Parse(pair[0], CultureInfo.InvariantCulture), double.Parse(pair[1], CultureInfo.InvariantCulture));
            Assert.InRange(x, ChartFrame.PlotLeft, ChartFrame.PlotRight);
            Assert.InRange(y, ChartFrame.PlotTop, ChartFrame.PlotBottom);
        }
    }
}
