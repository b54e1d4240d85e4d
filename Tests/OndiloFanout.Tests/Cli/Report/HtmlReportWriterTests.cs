using System.Text;
using System.Xml.Linq;
using OndiloFanout.Cli.Report;
using OndiloFanout.Domain.Collection;
using Xunit;
using static OndiloFanout.Tests.TestDoubles.ReportRecords;

namespace OndiloFanout.Tests.Cli.Report;

public sealed class HtmlReportWriterTests
{
    private static readonly DateOnly Day = new(2026, 11, 20);
    private static readonly DateTimeOffset Midnight = new(2026, 11, 20, 0, 0, 0, TimeSpan.Zero);

    private static ReportPage Page(IEnumerable<MeasureRecord> records, string? thresholds = null) => new()
    {
        Days = new DayRange(Day, Day),
        GeneratedAt = Midnight.AddDays(5),
        Charts = ChartBuilder.Build(records, new ChartRequest { Days = new DayRange(Day, Day) }),
        ThresholdsSource = thresholds,
    };

    private static string Write(ReportPage page)
    {
        using var buffer = new MemoryStream();
        HtmlReportWriter.Write(buffer, page);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static IEnumerable<XElement> Elements(string html, string name) => XDocument.Parse(html).Descendants(name);

    [Fact]
    public void Write_TwoPools_WellFormedWithASectionPerPoolAndAnSvgPerChart()
    {
        var records = Hourly(1, "ph", Midnight, 24).Concat(Hourly(1, "orp", Midnight, 24)).Concat(Hourly(2, "ph", Midnight, 24).Select(record => record with { PoolName = "Pool B" }));

        var html = Write(Page(records));

        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Equal(2, Elements(html, "section").Count());
        Assert.Equal(["1:ph", "1:orp", "2:ph"], Elements(html, "svg").Select(svg => $"{svg.Attribute("data-pool")!.Value}:{svg.Attribute("data-type")!.Value}"));
        Assert.Equal(3, Elements(html, "figcaption").Count());
        Assert.Equal("utf-8", Elements(html, "meta").First().Attribute("charset")!.Value);
    }

    [Fact]
    public void Write_Page_SelfContained()
    {
        var html = Write(Page(Hourly(1, "ph", Midnight, 24)));

        Assert.DoesNotContain("http://", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("https://", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(XDocument.Parse(html).Descendants(), element => element.Name.LocalName is "script" or "link" or "img" or "iframe" or "object");
        Assert.DoesNotContain(XDocument.Parse(html).Descendants().Attributes(), attribute => attribute.Name.LocalName is "src" or "href");
        Assert.Single(Elements(html, "style"));
    }

    [Fact]
    public void Write_PoolNameWithMarkup_ShownAsText()
    {
        var html = Write(Page(Hourly(1, "ph", Midnight, 2).Select(record => record with { PoolName = "<b>Tom & \"Jo\"</b>" })));

        Assert.Empty(Elements(html, "b"));
        Assert.StartsWith("<b>Tom & \"Jo\"</b>", Elements(html, "h2").Single().Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_Caption_CountsWhatTheChartLeavesOut()
    {
        var records = Hourly(1, "ph", Midnight, 24).Where(record => record.ValueTime is not ("2026-11-20T10:05:00Z" or "2026-11-20T11:05:00Z" or "2026-11-20T12:05:00Z"))
            .Append(Measure(1, "ph", Midnight.AddMinutes(30), null))
            .Append(Measure(1, "ph", Midnight.AddMinutes(40), 9, isValid: false));

        var caption = Elements(Write(Page(records)), "figcaption").Single().Value;

        Assert.Contains("21 measures", caption, StringComparison.Ordinal);
        Assert.Contains("1 invalid measure, 1 null value skipped", caption, StringComparison.Ordinal);
        Assert.Contains("1 gap (longest 4 h)", caption, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_NoCharts_SaysWhatToCheck()
    {
        var html = Write(Page([]));

        Assert.Empty(Elements(html, "svg"));
        Assert.Contains("No measures in this range", Elements(html, "p").Single(p => p.Attribute("class")!.Value == "empty-report").Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_ThresholdsSource_NamedInTheHeader()
    {
        Assert.Contains("Thresholds from pools.json.", Write(Page(Hourly(1, "ph", Midnight, 2), "pools.json")), StringComparison.Ordinal);
        Assert.Contains("No thresholds file given", Write(Page(Hourly(1, "ph", Midnight, 2))), StringComparison.Ordinal);
    }

    [Fact]
    public void Css_NoCharacterThatNeedsEscaping()
    {
        // Inside <style> an HTML parser does not decode entities, so an escaped character would reach the CSS broken.
        Assert.DoesNotContain(ReportStyles.Css, c => c is '<' or '>' or '&');
    }
}
