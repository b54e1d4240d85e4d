using System.Globalization;
using System.Text.Json;
using OndiloFanout.Pipeline.Scheduler;
using Spectre.Console;

namespace OndiloFanout.Cli.Rendering;

/// <summary>What <c>ondilo-fanout backfill</c> shows of the deployed scheduler's run: a table, or its summary as JSON.</summary>
internal sealed class BackfillView
{
    private readonly IAnsiConsole _console;
    private readonly TextWriter _jsonOut;

    public BackfillView(IAnsiConsole console, TextWriter jsonOut)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(jsonOut);
        (_console, _jsonOut) = (console, jsonOut);
    }

    public void ShowInvoking(string functionName, string payload) =>
        _console.MarkupLineInterpolated($"[grey]Invoking {functionName} with {payload} …[/]");

    public void ShowSummary(SchedulerSummary summary, bool asJson)
    {
        ArgumentNullException.ThrowIfNull(summary);
        if (asJson)
        {
            _jsonOut.WriteLine(JsonSerializer.Serialize(summary, SchedulerJsonContext.Default.SchedulerSummary));
            return;
        }

        var table = RunFiguresTable.Start(_console, summary.RunId, summary.Trigger, summary.From, summary.To, summary.DryRun ? " [yellow]dry run[/]" : "");
        table.AddRow("Pools", Markup.Escape(summary.Pools.ToString(CultureInfo.InvariantCulture) + (summary.PoolIds.Count > 0 ? $" ({string.Join(", ", summary.PoolIds)})" : "")));
        table.AddCount("Device-days planned", summary.Planned);
        table.AddCount("  of which older gaps healed", summary.Healed);
        table.AddCount("Messages enqueued", summary.Enqueued);
        table.AddCount("Device-days already collected", summary.Skipped);
        table.AddCount("Device-days older than the API's history", summary.Refused);
        table.AddSettling(summary.Settling);
        table.AddReads(summary.Reads);
        table.AddCount("Ondilo API calls", summary.ApiCalls);
        _console.Write(table);
        if (summary.UnknownPools.Count > 0)
        {
            _console.MarkupLineInterpolated($"[yellow]Not visible to this account:[/] pools {string.Join(", ", summary.UnknownPools)}");
        }

        _console.MarkupLine(summary.Enqueued > 0
            ? "[grey]The device fetcher now collects the enqueued device-days from the work queue, within the hourly API budget; `ondilo-fanout status --stack-outputs FILE` shows the progress.[/]"
            : "[grey]Nothing was enqueued.[/]");
    }
}
