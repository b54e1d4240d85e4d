using System.Globalization;
using System.Text;
using System.Text.Json;
using OndiloFanout.Cli.Status;
using Spectre.Console;

namespace OndiloFanout.Cli.Rendering;

/// <summary>Shows a <see cref="StatusReport"/>: one coloured calendar row per pool and the operating figures, or one JSON object.</summary>
internal sealed class StatusView
{
    private readonly IAnsiConsole _console;
    private readonly TextWriter _jsonOut;

    public StatusView(IAnsiConsole console, TextWriter jsonOut)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(jsonOut);
        (_console, _jsonOut) = (console, jsonOut);
    }

    public void Show(StatusReport report, bool asJson)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (asJson)
        {
            _jsonOut.WriteLine(JsonSerializer.Serialize(report, StatusJsonContext.Default.StatusReport));
            return;
        }

        ShowCalendar(report);
        ShowFigures(report);
        foreach (var letter in report.DeadLetters)
        {
            _console.MarkupLineInterpolated($"[red]in DLQ[/] pool {letter.PoolId?.ToString(CultureInfo.InvariantCulture) ?? "?"} day {letter.Day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "?"}: {letter.Reason}");
        }
    }

    private void ShowCalendar(StatusReport report)
    {
        var title = string.Create(CultureInfo.InvariantCulture, $"[bold]{Markup.Escape(report.Source)}[/] {Markup.Escape(report.Location)}: {report.From:yyyy-MM-dd} → {report.To:yyyy-MM-dd} (UTC)");
        if (report.Pools.Count == 0)
        {
            _console.MarkupLine(title);
            _console.MarkupLine("[grey]The ledger holds no pool yet: nothing was collected here.[/]");
            return;
        }

        var table = new Table().Border(TableBorder.Rounded).Title(title);
        table.AddColumn("Pool");
        table.AddColumn(new TableColumn(new Markup(DayHeader(report))) { NoWrap = true });
        foreach (var label in (ReadOnlySpan<string>)["[green]✓[/]", "[yellow]~[/]", "[blue]▪[/]", "[grey]·[/]", "[red]✗[/]", "Records"])
        {
            table.AddColumn(new TableColumn(label).RightAligned());
        }

        foreach (var pool in report.Pools)
        {
            table.AddRow(
                new Text(pool.PoolId.ToString(CultureInfo.InvariantCulture)),
                new Markup(string.Concat(pool.Days.Select(Symbol))),
                Number(pool.Collected),
                Number(pool.Partial),
                Number(pool.Closed),
                Number(pool.Missing),
                Number(pool.DeadLettered),
                Number(pool.Records));
        }

        _console.Write(table);
        _console.MarkupLine("[green]✓[/] collected  [yellow]~[/] partial  [blue]▪[/] closed  [grey]·[/] missing  [red]✗[/] in DLQ");
    }

    private void ShowFigures(StatusReport report)
    {
        var grid = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
        var quotaColour = report.Quota.Used >= report.Quota.Limit ? "red" : "green";
        grid.AddRow(new Text("Quota this hour"), new Markup(string.Create(CultureInfo.InvariantCulture, $"[{quotaColour}]{report.Quota.Used}[/] of {report.Quota.Limit} calls since {report.Quota.HourStart:HH:mm} UTC")));
        grid.AddRow(new Text("Work queue"), new Markup(Depth(report.Queue)));
        grid.AddRow(new Text("Dead-letter queue"), new Markup(Depth(report.DeadLetterQueue)));
        grid.AddRow(
            new Text("Last run"),
            new Text(report.LastRun is { } last ? string.Create(CultureInfo.InvariantCulture, $"{last.RunId ?? "(unnamed)"} at {last.UpdatedAt:yyyy-MM-dd HH:mm:ss} UTC") : "none yet"));
        _console.Write(grid);
        if (report.NextRun is { } next)
        {
            _console.MarkupLine("[bold]A daily run now[/] [grey](planned from the ledger: the pools it knows)[/]");
            var plan = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
            foreach (var (label, value) in ReadPlanLines.Of(next))
            {
                plan.AddRow(new Text(label), new Text(value));
            }

            _console.Write(plan);
        }
    }

    /// <summary>The day of the month written downwards, tens over ones, one column per day.</summary>
    private static string DayHeader(StatusReport report)
    {
        var (tens, ones) = (new StringBuilder(), new StringBuilder());
        for (var day = report.From; day <= report.To; day = day.AddDays(1))
        {
            tens.Append(day.Day < 10 ? ' ' : (char)('0' + (day.Day / 10)));
            ones.Append((char)('0' + (day.Day % 10)));
        }

        return Markup.Escape(tens.ToString()) + "\n" + ones;
    }

    private static string Symbol(DayCell cell) => cell.State switch
    {
        DayState.Collected => "[green]✓[/]",
        DayState.Partial => "[yellow]~[/]",
        DayState.Closed => "[blue]▪[/]",
        DayState.DeadLettered => "[red]✗[/]",
        _ => "[grey]·[/]",
    };

    private static string Depth(QueueStatus? queue) => queue is null
        ? "[grey]n/a (a local run's queue lives only while it runs)[/]"
        : string.Create(CultureInfo.InvariantCulture, $"{queue.Visible} waiting, {queue.InFlight} in flight, {queue.Delayed} delayed");

    private static Text Number(long value) => new(value.ToString("N0", CultureInfo.InvariantCulture));
}
