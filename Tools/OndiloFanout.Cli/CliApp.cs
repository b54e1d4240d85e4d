using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using OndiloFanout.Cli.Commands;
using OndiloFanout.Cli.Login;
using OndiloFanout.Cli.Rendering;
using OndiloFanout.Cli.Stack;

namespace OndiloFanout.Cli;

/// <summary>The <c>ondilo-fanout</c> command tree, and the one place a command line's errors end.</summary>
internal static class CliApp
{
    private const string Summary = "ondilo-fanout: collect Ondilo ICO pool measures into a data lake partitioned deviceId/year/month/day.";

    private const string Details = """
        Examples:
          ondilo-fanout run --simulate                 (the whole pipeline against the built-in API simulator)
          ondilo-fanout login                          (once, for your real account)
          ondilo-fanout run --month --out ~/pool-lake  (collect the last 30 days; then daily, from cron or a timer)
        Exit codes: 0 done, 1 failed, 2 bad command line or request, 3 some device-days dead-lettered, 130 stopped by Ctrl+C.
        Errors are one line on standard error; standard output holds only the result (a table, or JSON with --json).
        """;

    public static RootCommand Create(ConsoleUi ui, ILoginPrompt prompt, TimeProvider time)
    {
        var aws = new SdkClientFactory();
        var root = new RootCommand(Summary)
        {
            RunCommand.Create(ui, time),
            LoginCommand.Create(ui, prompt, aws, time),
            BackfillCommand.Create(ui, aws, time),
            ReportCommand.Create(ui, time),
            StatusCommand.Create(ui, aws, time),
            RedriveCommand.Create(ui, aws, time, TimeSpan.FromSeconds(2)),
            QueryCommand.Create(ui),
        };
        var details = root.Subcommands.ToDictionary(command => command, command => command.Name switch
        {
            "run" => RunCommand.Details,
            "login" => LoginCommand.Details,
            "backfill" => BackfillCommand.Details,
            "report" => ReportCommand.Details,
            "status" => StatusCommand.Details,
            "redrive" => RedriveCommand.Details,
            _ => QueryCommand.Details,
        });
        details[root] = Details;
        var help = root.Options.OfType<HelpOption>().Single();
        help.Action = new CliHelpAction((SynchronousCommandLineAction)help.Action!, details);
        return root;
    }

    /// <summary>
    /// Parses and runs a command line. Every usage error, the parser's included, exits 2; a failure exits 1; each is
    /// one line naming the problem and the next step, never a stack trace. Ctrl+C (or SIGTERM) exits 130 saying that
    /// nothing was lost.
    /// </summary>
    /// <param name="configuration">Where help goes; its exception handling and signal handling are turned off, being done here.</param>
    /// <param name="cancellationToken">Ctrl+C or SIGTERM, as the program's own signal handlers report them.</param>
    public static async Task<int> RunAsync(ConsoleUi ui, ILoginPrompt prompt, TimeProvider time, IReadOnlyList<string> args, InvocationConfiguration configuration, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ui);
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(configuration);
        var parse = Create(ui, prompt, time).Parse(args);
        // Help is shown even for a command line that would not parse (`query --help` lacks its SQL).
        if (parse.Errors.Count > 0 && parse.Action is not CliHelpAction)
        {
            return ui.Fail(ExitCodes.Usage, parse.Errors[0].Message, $"See `{CliHelpAction.PathOf(parse.CommandResult.Command)} --help`.");
        }

        configuration.EnableDefaultExceptionHandler = false;
        configuration.ProcessTerminationTimeout = null;
        try
        {
            return await parse.InvokeAsync(configuration, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return ui.Fail(ExitCodes.Interrupted, "Stopped by Ctrl+C or SIGTERM.", "Nothing was lost: whatever was written stays (the lake's ledger knows it), and the same command continues from there.");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return ui.Fail(ExitCodes.Failed, ex.Message, "Check the paths given (--out, --token-file, --html, --png) and their permissions.");
        }
        catch (Exception ex)
        {
            return ui.Fail(ExitCodes.Failed, $"Unexpected {ex.GetType().Name}: {ex.Message}", "Nothing was lost; please report this with the command line that caused it.");
        }
    }
}
