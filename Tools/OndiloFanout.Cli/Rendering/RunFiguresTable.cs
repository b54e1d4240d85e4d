using System.Globalization;
using OndiloFanout.Domain.Collection;
using OndiloFanout.Pipeline.Scheduler;
using Spectre.Console;

namespace OndiloFanout.Cli.Rendering;

/// <summary>
/// The label-and-figure table a run's summary is shown in, locally (<c>run</c>) or from the deployed scheduler
/// (<c>backfill</c>): a title line, then the table with no header row (the labels say it all).
/// </summary>
internal static class RunFiguresTable
{
    /// <summary>Writes the title on a line of its own (a table's title would wrap at the table's width) and returns the table to fill.</summary>
    public static Table Start(IAnsiConsole console, string runId, SchedulerTrigger trigger, DateOnly from, DateOnly to, string titleSuffix = "")
    {
        ArgumentNullException.ThrowIfNull(console);
        console.MarkupLine($"[bold]Run {Markup.Escape(runId)}[/] ({trigger.ToString().ToLowerInvariant()}, {from:yyyy-MM-dd} → {to:yyyy-MM-dd}){titleSuffix}");
        var table = new Table().Border(TableBorder.Rounded).HideHeaders();
        table.AddColumn("");
        table.AddColumn(new TableColumn("").RightAligned());
        return table;
    }

    public static void AddCount(this Table table, string label, int value) =>
        table.AddRow(label, value.ToString("N0", CultureInfo.InvariantCulture));

    /// <summary>The read plan's figures, when the run had one.</summary>
    public static void AddReads(this Table table, ReadPlanSummary? reads)
    {
        if (reads is null)
        {
            return;
        }

        foreach (var (label, value) in ReadPlanLines.Of(reads))
        {
            table.AddRow(label, Markup.Escape(value));
        }
    }

    /// <summary>The days a run started before 02:00 UTC left for a later run: yesterday, still being uploaded.</summary>
    public static void AddSettling(this Table table, int value) => table.AddCount("Device-days still uploading (for later)", value);
}
