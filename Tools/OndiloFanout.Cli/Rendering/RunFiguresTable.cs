using System.Globalization;
using OndiloFanout.Collection;
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

    /// <summary>The days a run started soon after midnight left for later: yesterday, still being uploaded.</summary>
    public static void AddSettling(this Table table, int value) =>
        table.AddCount(string.Create(CultureInfo.InvariantCulture, $@"Device-days still uploading (left for a run after {HistoryWindow.SettleTime:hh\:mm} UTC)"), value);
}
