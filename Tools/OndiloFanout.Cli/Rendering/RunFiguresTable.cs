using System.Globalization;
using Spectre.Console;

namespace OndiloFanout.Cli.Rendering;

/// <summary>The label-and-figure table a run's summary is shown in, locally (<c>run</c>) or from the deployed scheduler (<c>backfill</c>).</summary>
internal static class RunFiguresTable
{
    public static Table Create(string runId, string trigger, DateOnly from, DateOnly to, string titleSuffix = "")
    {
        var table = new Table().Border(TableBorder.Rounded)
            .Title($"[bold]Run {Markup.Escape(runId)}[/] ({Markup.Escape(trigger)}, {from:yyyy-MM-dd} → {to:yyyy-MM-dd}){titleSuffix}");
        table.AddColumn("");
        table.AddColumn(new TableColumn("").RightAligned());
        return table;
    }

    public static void AddCount(this Table table, string label, int value) =>
        table.AddRow(label, value.ToString("N0", CultureInfo.InvariantCulture));

    /// <summary>The days a run started before 02:00 UTC left for a later run: yesterday, still being uploaded.</summary>
    public static void AddSettling(this Table table, int value) => table.AddCount("Device-days still uploading (for later)", value);
}
