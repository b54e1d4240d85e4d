using System.Globalization;
using OndiloFanout.Cli.Report;
using Spectre.Console;

namespace OndiloFanout.Cli.Rendering;

/// <summary>The console side of <c>report</c>: a table per pool of what each chart shows, and where the files went.</summary>
internal sealed class ReportView
{
    private readonly IAnsiConsole _console;

    public ReportView(IAnsiConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        _console = console;
    }

    public void Show(ReportSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        if (summary.Charts.Count == 0)
        {
            _console.MarkupLineInterpolated($"[yellow]No measures from {summary.Days.From:yyyy-MM-dd} to {summary.Days.To:yyyy-MM-dd}[/] with these filters: nothing was written.");
            _console.MarkupLine("[grey]Try another range (--from/--to or --days), other --pools/--types, or collect first with `ondilo-fanout run`.[/]");
        }

        foreach (var pool in summary.Charts.GroupBy(chart => chart.PoolId))
        {
            _console.Write(Table(pool.ToList()));
        }

        if (summary.HtmlFile is not null)
        {
            _console.MarkupLineInterpolated($"HTML report ({summary.Days.From:yyyy-MM-dd} → {summary.Days.To:yyyy-MM-dd}): [link]{summary.HtmlFile}[/]");
        }

        if (summary.PngFiles.Count > 0)
        {
            _console.MarkupLineInterpolated($"{summary.PngFiles.Count} PNG charts in {Path.GetDirectoryName(summary.PngFiles[0])}");
        }
    }

    private static Table Table(List<MeasureChart> charts)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .Title($"[bold]{Markup.Escape(charts[0].PoolName)}[/] (pool {charts[0].PoolId.ToString(CultureInfo.InvariantCulture)})");
        table.AddColumn("Measure");
        foreach (var heading in new[] { "Values", "Min", "Max", "Invalid", "Nulls", "Gaps" })
        {
            table.AddColumn(new TableColumn(heading).RightAligned());
        }

        table.AddColumn("Thresholds");
        foreach (var chart in charts)
        {
            var range = chart.ValueRange();
            table.AddRow(
                Markup.Escape(MeasureLabels.AxisLabel(chart.Type, chart.Unit)),
                Number(chart.Points),
                range is var (min, _) ? ReportFormat.Value(min) : "-",
                range is var (_, max) ? ReportFormat.Value(max) : "-",
                Number(chart.Invalid.Count),
                Number(chart.NullsSkipped),
                chart.Gaps.Count > 0 ? $"[yellow]{Number(chart.Gaps.Count)}[/]" : "0",
                chart.Band is { } band ? $"{ReportFormat.Value(band.Low)}–{ReportFormat.Value(band.High)}" : "[grey]unknown[/]");
        }

        return table;
    }

    private static string Number(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
