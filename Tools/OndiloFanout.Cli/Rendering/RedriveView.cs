using System.Globalization;
using System.Text.Json;
using OndiloFanout.Cli.Redrive;
using OndiloFanout.Local.Run;
using Spectre.Console;

namespace OndiloFanout.Cli.Rendering;

/// <summary>Shows what a redrive found and how its move task goes: a table and a progress bar, or one JSON object.</summary>
internal sealed class RedriveView
{
    private readonly IAnsiConsole _console;
    private readonly TextWriter _jsonOut;

    public RedriveView(IAnsiConsole console, TextWriter jsonOut)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(jsonOut);
        (_console, _jsonOut) = (console, jsonOut);
    }

    /// <summary>The DLQ's content, before anything moves.</summary>
    public void ShowPreview(int messages, IReadOnlyList<DeadLetterSummary> deadLetters)
    {
        ArgumentNullException.ThrowIfNull(deadLetters);
        _console.MarkupLineInterpolated($"The dead-letter queue holds [bold]{messages}[/] message(s); {deadLetters.Count} peeked (left in place):");
        if (deadLetters.Count == 0)
        {
            return;
        }

        var table = new Table().Border(TableBorder.Rounded).AddColumn("Pool").AddColumn("Day").AddColumn("Reason");
        foreach (var letter in deadLetters.OrderBy(l => l.PoolId).ThenBy(l => l.Day))
        {
            table.AddRow(
                new Text(letter.PoolId?.ToString(CultureInfo.InvariantCulture) ?? "?"),
                new Text(letter.Day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "?"),
                new Text(letter.Reason));
        }

        _console.Write(table);
    }

    /// <summary>Runs <paramref name="work"/> under a progress bar of moved messages when the terminal is interactive.</summary>
    public async Task<T> WithProgressAsync<T>(bool show, Func<IProgress<MoveProgress>, Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (!show || !_console.Profile.Capabilities.Interactive)
        {
            return await work(new SynchronousProgress<MoveProgress>(_ => { }));
        }

        return await _console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("Starting the move", maxValue: 1);
                return await work(new SynchronousProgress<MoveProgress>(update =>
                {
                    task.Description = string.Create(CultureInfo.InvariantCulture, $"{update.Status}: {update.Moved} of {update.ToMove} moved");
                    task.MaxValue = Math.Max(1, update.ToMove);
                    task.Value = update.Moved;
                }));
            });
    }

    /// <summary>The end of a move task (after the preview), or the whole report as JSON.</summary>
    public void ShowResult(RedriveReport report, bool asJson)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (asJson)
        {
            _jsonOut.WriteLine(JsonSerializer.Serialize(report, RedriveJsonContext.Default.RedriveReport));
            return;
        }

        if (report.Move is not { } move)
        {
            _console.MarkupLine(report.DryRun ? "[grey]Dry run: nothing moved.[/]" : "[grey]Nothing to move.[/]");
            return;
        }

        if (move.Succeeded)
        {
            _console.MarkupLineInterpolated($"[green]Moved {move.Moved} of {move.ToMove} message(s)[/] back to the work queue; the fetcher skips device-days the ledger already holds.");
        }
        else
        {
            _console.MarkupLineInterpolated($"[red]The move task ended {move.Status}[/] after {move.Moved} of {move.ToMove} message(s): {move.FailureReason ?? "no reason given"}");
        }
    }
}
