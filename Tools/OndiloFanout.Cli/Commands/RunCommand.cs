using System.CommandLine;
using OndiloFanout.Cli.Rendering;
using OndiloFanout.Local.Run;
using OndiloFanout.Ondilo;
using OndiloFanout.Pipeline.Scheduler;

namespace OndiloFanout.Cli.Commands;

/// <summary><c>ondilo-fanout run</c>: scheduler → queue → fetcher → local data lake, in one process.</summary>
internal static class RunCommand
{
    private const string Summary = "Collect device-days into a local data lake laid out like the S3 one, from your Ondilo account or the built-in simulator.";

    /// <summary>What the help shows after the options: more about the command, examples and exit codes.</summary>
    public const string Details = """
        Collects yesterday and any older day of the API's 30-day history the lake lacks, or the days asked for; a
        second run costs one API call and writes nothing new. Against the real API it waits, saying so, whenever the
        hourly budget is spent; a simulated run's clock never passes the real now.

        Examples:
          ondilo-fanout run --simulate                          (the built-in API simulator, into ./datalake-sim)
          ondilo-fanout run --month --out ~/pool-lake           (your account, after `ondilo-fanout login`)
          ondilo-fanout run --date 2026-11-20 --pools 1704 --dry-run
        Exit codes: 0 done, 1 failed (the message says what to do), 2 bad command line or request (nothing done),
        3 some device-days dead-lettered (listed with their reasons), 130 stopped by Ctrl+C (nothing lost).
        """;

    public static Command Create(ConsoleUi ui, TimeProvider time)
    {
        var pipeline = new LocalPipelineOptions();
        var request = new CollectionRequestOptions();
        var json = new Option<bool>("--json") { Description = "Print the summary as one JSON object (errors stay one line on standard error)." };

        var command = new Command("run", Summary);
        foreach (var option in (IEnumerable<Option>)[.. pipeline.All, .. request.All, json])
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parse, cancellationToken) =>
        {
            var options = pipeline.Build(parse, request.BuildPayload(parse, monthByDefault: false), parse.GetValue(request.DryRun), out var error);
            return options is null
                ? ui.Fail(ExitCodes.Usage, error!, null)
                : await ExecuteAsync(ui, options, time, parse.GetValue(json), cancellationToken);
        });
        return command;
    }

    /// <summary>Runs the embedded pipeline and shows its summary; <c>backfill --local</c> runs it the same way.</summary>
    internal static async Task<int> ExecuteAsync(ConsoleUi ui, RunOptions options, TimeProvider time, bool asJson, CancellationToken cancellationToken)
    {
        try
        {
            var summary = await ui.WithProgressAsync(!asJson, progress => new LocalPipeline(options, progress, time).RunAsync(cancellationToken));
            ui.ShowRun(summary, asJson);
            return summary.DeadLettered > 0 ? ExitCodes.DeadLettered : ExitCodes.Ok;
        }
        catch (SchedulerInputException ex)
        {
            return ui.Fail(ExitCodes.Usage, SchedulerWording.ForCommandLine(ex.Message), "Nothing was done.");
        }
        catch (RunRefusedException ex)
        {
            return ui.Fail(ExitCodes.Usage, ex.Message, "Nothing was done.");
        }
        catch (TokenUnavailableException ex)
        {
            return ui.Fail(ExitCodes.Failed, ex.Message, "Or try the pipeline with no account: ondilo-fanout run --simulate");
        }
        catch (ApiUnreachableException ex)
        {
            return ui.Fail(ExitCodes.Failed, ex.Message, "Nothing was collected and no API call was spent: check the network and --api-url (the API is https://interop.ondilo.com).");
        }
        catch (OndiloApiException ex)
        {
            var api = options.ApiUrl?.Authority ?? new OndiloClientOptions().BaseUri.Authority;
            var (message, hint) = (ex.Failure, ConnectionFailure.ReasonOf(ex)) switch
            {
                (OndiloFailure.LoginRequired, _) => (ex.Message, "Run `ondilo-fanout login` again."),
                (_, { } reason) => ($"Lost the connection to the Ondilo API at {api}: {reason}.", "Nothing was lost: the ledger keeps what was written; run the same command again once the network is back."),
                _ => (ex.Message, "Nothing was lost: the ledger keeps what was written; run the same command again later."),
            };
            return ui.Fail(ExitCodes.Failed, message, hint);
        }
    }
}
