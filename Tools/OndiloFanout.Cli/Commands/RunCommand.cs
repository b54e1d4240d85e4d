using System.CommandLine;
using OndiloFanout.Cli.Pipeline;
using OndiloFanout.Cli.Rendering;
using OndiloFanout.Collection;
using OndiloFanout.Functions.Scheduler;
using OndiloFanout.Ondilo;
using OndiloFanout.Ports;

namespace OndiloFanout.Cli.Commands;

/// <summary><c>ondilo-fanout run</c>: scheduler → queue → fetcher → local data lake, in one process.</summary>
internal static class RunCommand
{
    public static Command Create(ConsoleUi ui, TimeProvider time)
    {
        var simulate = new Option<bool>("--simulate") { Description = "Start the Ondilo API simulator on loopback and collect from it (no account needed)." };
        var simulatePools = new Option<int>("--simulate-pools") { Description = "Pools the simulator serves.", DefaultValueFactory = _ => 3 };
        var simulateFaults = new Option<double>("--simulate-faults") { Description = "Share of simulator requests that fail (500/502/503, truncated JSON, resets), 0 to 1.", DefaultValueFactory = _ => 0 };
        var simulateSeed = new Option<int>("--simulate-seed") { Description = "Seed of the simulator's data and faults.", DefaultValueFactory = _ => 1 };
        var apiUrl = new Option<string?>("--api-url") { Description = "Host root of the Ondilo API (default https://interop.ondilo.com)." };
        var tokenFile = new Option<string?>("--token-file") { Description = "Token file written by `ondilo-fanout login` (default ~/.config/ondilo-fanout/token.json)." };
        var month = new Option<bool>("--month") { Description = "Collect the last 30 days (the API's whole history)." };
        var date = new Option<string?>("--date") { Description = "Collect one UTC day, YYYY-MM-DD." };
        var from = new Option<string?>("--from") { Description = "First UTC day of a range, YYYY-MM-DD (with --to)." };
        var to = new Option<string?>("--to") { Description = "Last UTC day of a range, YYYY-MM-DD (with --from)." };
        var pools = new Option<string?>("--pools") { Description = "Only these pool ids, comma-separated." };
        var force = new Option<bool>("--force") { Description = "Re-collect days already in the lake." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Plan and report; enqueue and write nothing." };
        var output = new Option<string>("--out") { Description = "Data lake folder.", DefaultValueFactory = _ => "datalake" };
        var callsPerHour = new Option<int>("--calls-per-hour") { Description = "Shared budget of Ondilo API calls per hour (the API allows 30).", DefaultValueFactory = _ => QuotaWindow.DefaultCallsPerHour };
        var poolThresholds = new Option<bool>("--pool-thresholds") { Description = "Read each pool's alert thresholds once a week into the pool snapshot (one API call per pool and week)." };
        var json = new Option<bool>("--json") { Description = "Print the summary as one JSON object." };

        var command = new Command("run", "Collect device-days into a local data lake laid out like the S3 one (deviceId=/year=/month=/day=).")
        {
            simulate, simulatePools, simulateFaults, simulateSeed, apiUrl, tokenFile, month, date, from, to, pools, force, dryRun, output, callsPerHour, poolThresholds, json,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var asJson = parse.GetValue(json);
            var faults = parse.GetValue(simulateFaults);
            var budget = parse.GetValue(callsPerHour);
            if (faults is < 0 or > 1 || budget < 1 || parse.GetValue(simulatePools) < 1)
            {
                return ui.Fail(ExitCodes.Usage, "--simulate-faults must be within 0..1, --calls-per-hour and --simulate-pools at least 1.", null);
            }

            Uri? api = null;
            if (parse.GetValue(apiUrl) is { } url && !(Uri.TryCreate(url, UriKind.Absolute, out api) && api.Scheme is "http" or "https"))
            {
                return ui.Fail(ExitCodes.Usage, $"--api-url \"{url}\" is not an http(s) URL.", "The API's host root is https://interop.ondilo.com.");
            }

            var options = new RunOptions
            {
                Payload = SchedulerPayload.Build(parse.GetValue(month), parse.GetValue(date), parse.GetValue(from), parse.GetValue(to), parse.GetValue(pools)?.Split(','), parse.GetValue(force), parse.GetValue(dryRun)),
                OutputDirectory = parse.GetValue(output)!,
                CallsPerHour = budget,
                Simulate = parse.GetValue(simulate),
                SimulatePools = parse.GetValue(simulatePools),
                SimulateFaults = faults,
                SimulateSeed = parse.GetValue(simulateSeed),
                ApiUrl = api,
                TokenFile = parse.GetValue(tokenFile),
                PoolThresholds = parse.GetValue(poolThresholds),
            };
            return await ExecuteAsync(ui, options, time, asJson, cancellationToken);
        });
        return command;
    }

    private static async Task<int> ExecuteAsync(ConsoleUi ui, RunOptions options, TimeProvider time, bool asJson, CancellationToken cancellationToken)
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
