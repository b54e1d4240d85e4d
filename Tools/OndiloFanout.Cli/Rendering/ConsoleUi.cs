using System.Globalization;
using System.Text.Json;
using OndiloFanout.Cli.Query;
using OndiloFanout.Local.Run;
using Spectre.Console;

namespace OndiloFanout.Cli.Rendering;

/// <summary>Everything the CLI shows: progress and tables for people, one JSON object for machines, errors with a next step.</summary>
internal sealed class ConsoleUi
{
    private readonly IAnsiConsole _console;
    private readonly TextWriter _jsonOut;
    private readonly TextWriter _errorOut;

    /// <param name="console">Tables and progress for people.</param>
    /// <param name="jsonOut">The machine output (<c>--json</c>, <c>--csv</c>): standard output.</param>
    /// <param name="errorOut">Errors and notices, one plain line each: standard error, so they never mix with a result.</param>
    public ConsoleUi(IAnsiConsole console, TextWriter jsonOut, TextWriter errorOut)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(jsonOut);
        ArgumentNullException.ThrowIfNull(errorOut);
        (_console, _jsonOut, _errorOut) = (console, jsonOut, errorOut);
    }

    /// <summary>Columns a table may take when the output is not a terminal.</summary>
    internal const int PipedWidth = 200;

    /// <summary>The real terminal: human output through Spectre.Console and JSON to standard output, errors to standard error.</summary>
    public static ConsoleUi CreateDefault()
    {
        var console = AnsiConsole.Console;
        if (Console.IsOutputRedirected)
        {
            // Piped into a cron log or a file, Spectre assumes 80 columns and would wrap dates, titles and headers;
            // a table is better left whole at its own width.
            console.Profile.Width = PipedWidth;
        }

        return new(console, Console.Out, Console.Error);
    }


    /// <summary>The real terminal's login prompt.</summary>
    public static ConsoleLoginPrompt CreateLoginPrompt() => new(AnsiConsole.Console, Console.In);

    /// <summary>
    /// Runs <paramref name="work"/> under a progress bar when <paramref name="show"/> and the terminal is interactive.
    /// A long wait is always said: in the bar, or as a plain line on the error output (a cron log, <c>--json</c>).
    /// </summary>
    public async Task<T> WithProgressAsync<T>(bool show, Func<IProgress<PipelineProgress>, Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (!show || !_console.Profile.Capabilities.Interactive)
        {
            return await work(new SynchronousProgress<PipelineProgress>(update =>
            {
                if (update.Waiting is { } wait)
                {
                    Notice(WaitText(wait));
                }
            }));
        }

        return await _console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("Starting", maxValue: 1);
                return await work(new SynchronousProgress<PipelineProgress>(update =>
                {
                    if (update.Waiting is { } wait)
                    {
                        task.Description = Markup.Escape(WaitText(wait));
                        return;
                    }

                    task.Description = string.Create(CultureInfo.InvariantCulture, $"{update.Phase}: {update.DeviceDaysCollected} device-days, {update.Records} records, {update.ApiCalls} API calls");
                    task.MaxValue = Math.Max(1, update.MessagesHandled + update.MessagesLeft);
                    task.Value = update.MessagesHandled;
                }));
            });
    }

    /// <summary>"hourly budget spent: waiting until 01:00 UTC; Ctrl+C is safe, a rerun continues".</summary>
    internal static string WaitText(PipelineWait wait)
    {
        ArgumentNullException.ThrowIfNull(wait);
        return string.Create(CultureInfo.InvariantCulture, $"{wait.What}: waiting until {wait.Until.UtcDateTime:HH:mm} UTC; Ctrl+C is safe, a rerun continues");
    }

    public void ShowRun(RunSummary summary, bool asJson)
    {
        ArgumentNullException.ThrowIfNull(summary);
        if (asJson)
        {
            _jsonOut.WriteLine(JsonSerializer.Serialize(summary, CliJsonContext.Default.RunSummary));
            return;
        }

        var table = RunFiguresTable.Start(_console, summary.RunId, summary.Trigger, summary.From, summary.To, (summary.Simulated ? " [grey]simulated[/]" : "") + (summary.DryRun ? " [yellow]dry run: nothing written[/]" : ""));
        table.AddCount("Pools", summary.Pools);
        table.AddCount("Device-days planned", summary.DeviceDaysPlanned);
        table.AddCount("  of which older gaps healed", summary.DeviceDaysHealed);
        table.AddCount("Device-days collected", summary.DeviceDaysCollected);
        table.AddCount("  of which partial", summary.DeviceDaysPartial);
        table.AddCount("Device-days already in the lake", summary.DeviceDaysSkipped);
        table.AddCount("Device-days older than the API's history", summary.DeviceDaysRefused);
        table.AddSettling(summary.DeviceDaysSettling);
        table.AddReads(summary.Reads);
        table.AddCount("Records written", summary.Records);
        table.AddCount("Ondilo API calls", summary.ApiCalls);
        table.AddCount("Quota deferrals", summary.Deferrals);
        table.AddCount("Retries", summary.Retries);
        table.AddCount("Dead-lettered", summary.DeadLettered);
        if (summary.DeviceDaysLeft > 0)
        {
            table.AddCount("Left for a later run", summary.DeviceDaysLeft);
        }

        table.AddRow("Duration", Span(summary.DurationMs) + (summary.SimulatedWaitMs > 0 ? $" + {Span(summary.SimulatedWaitMs)} simulated wait" : ""));
        table.AddRow("Data lake", Markup.Escape(summary.OutputDirectory));
        _console.Write(table);
        if (summary.DeviceDaysLeft > 0)
        {
            _console.MarkupLineInterpolated($"[yellow]The simulated clock reached the real now:[/] {summary.DeviceDaysLeft} device-day(s) are left for a later run, which the ledger lets continue where this one stopped.");
        }

        foreach (var letter in summary.DeadLetters)
        {
            _console.MarkupLineInterpolated($"[yellow]dead-lettered[/] pool {letter.PoolId?.ToString(CultureInfo.InvariantCulture) ?? "?"} day {letter.Day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "?"}: {letter.Reason}");
        }
    }

    /// <summary>A duration as a person reads it: seconds, minutes or hours with one decimal.</summary>
    internal static string Span(double milliseconds) => TimeSpan.FromMilliseconds(milliseconds) switch
    {
        { TotalMinutes: < 1 } span => string.Create(CultureInfo.InvariantCulture, $"{span.TotalSeconds:0.0} s"),
        { TotalHours: < 1 } span => string.Create(CultureInfo.InvariantCulture, $"{span.TotalMinutes:0.0} min"),
        var span => string.Create(CultureInfo.InvariantCulture, $"{span.TotalHours:0.0} h"),
    };

    /// <summary>
    /// Shows an error and what to do next, on one line of the error output, with or without <c>--json</c>: standard
    /// output then holds nothing but the result, so a JSON reader never meets an error text. Returns <paramref name="exitCode"/>.
    /// </summary>
    public int Fail(int exitCode, string message, string? hint)
    {
        ArgumentNullException.ThrowIfNull(message);
        _errorOut.WriteLine(OneLine(hint is null ? $"error: {message}" : $"error: {message} {hint}"));
        return exitCode;
    }

    /// <summary>A notice for whoever watches (a wait, a stop), as one plain line on the error output: a cron log keeps it, a JSON reader never sees it.</summary>
    public void Notice(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        _errorOut.WriteLine(OneLine(text));
    }

    // Multi-line messages (a SQL error with its caret line) become one line: a log keeps one error per line.
    private static string OneLine(string text) =>
        string.Join(' ', text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    public void ShowLogin(Login.LoginResult result, bool asJson)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (asJson)
        {
            _jsonOut.WriteLine(JsonSerializer.Serialize(result, CliJsonContext.Default.LoginResult));
            return;
        }

        _console.MarkupLineInterpolated($"[green]Logged in[/] as {result.Email ?? "(no e-mail)"}; token stored in {result.StoredIn}.");
        var table = new Table().Border(TableBorder.Rounded).AddColumn("Pool id").AddColumn("Name");
        foreach (var pool in result.Pools)
        {
            table.AddRow(pool.Id.ToString(CultureInfo.InvariantCulture), Markup.Escape(pool.Name));
        }

        _console.Write(table);
        _console.MarkupLineInterpolated($"[grey]{result.ApiCalls} Ondilo API calls used (of the account's 30 per hour).[/]");
    }

    /// <summary>Shows what <c>report</c> drew and wrote.</summary>
    public void ShowReport(Report.ReportSummary summary) => new ReportView(_console).Show(summary);

    // Views of the operator commands, on the same console and JSON output.
    public StatusView Status => new(_console, _jsonOut);

    public RedriveView Redrive => new(_console, _jsonOut);

    public BackfillView Backfill => new(_console, _jsonOut);

    /// <summary>Shows a query's answer as a table, or as JSON/CSV on the machine output.</summary>
    public void ShowQuery(QueryResult result, QueryFormat format) => QueryView.Show(_console, _jsonOut, result, format);
}
