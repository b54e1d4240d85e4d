using System.CommandLine;
using OndiloFanout.Cli.Pipeline;
using OndiloFanout.Cli.Rendering;
using OndiloFanout.Functions.Scheduler;
using OndiloFanout.Ondilo;
using OndiloFanout.Ports;

namespace OndiloFanout.Cli.Commands;

/// <summary><c>ondilo-fanout run</c>: scheduler → queue → fetcher → local data lake, in one process.</summary>
internal static class RunCommand
{
    public static Command Create(ConsoleUi ui, TimeProvider time)
    {
        var pipeline = new LocalPipelineOptions();
        var request = new CollectionRequestOptions();
        var json = new Option<bool>("--json") { Description = "Print the summary as one JSON object." };

        var command = new Command("run", "Collect device-days into a local data lake laid out like the S3 one (deviceId=/year=/month=/day=).");
        foreach (var option in (IEnumerable<Option>)[.. pipeline.All, .. request.All, json])
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parse, cancellationToken) =>
        {
            var options = pipeline.Build(parse, request.BuildPayload(parse, monthByDefault: false), out var error);
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
            return ui.Fail(ExitCodes.Usage, ex.Message, null);
        }
        catch (TokenUnavailableException ex)
        {
            return ui.Fail(ExitCodes.Failed, ex.Message, "Or try the pipeline with no account: ondilo-fanout run --simulate");
        }
        catch (OndiloApiException ex)
        {
            var hint = ex.Failure == OndiloFailure.LoginRequired ? "Run `ondilo-fanout login` again." : "Nothing was lost: the ledger keeps what was written; run the same command again later.";
            return ui.Fail(ExitCodes.Failed, ex.Message, hint);
        }
    }
}
