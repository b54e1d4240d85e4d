using System.CommandLine;
using Amazon.Runtime;
using OndiloFanout.Cloud;
using OndiloFanout.Cli.Backfill;
using OndiloFanout.Cli.Rendering;
using OndiloFanout.Cli.Stack;
using OndiloFanout.Contracts;

namespace OndiloFanout.Cli.Commands;

/// <summary><c>ondilo-fanout backfill</c>: runs the deployed scheduler over past days (or, with <c>--local</c>, the embedded pipeline).</summary>
internal static class BackfillCommand
{
    private const string Summary = "Collect past days with the deployed stack (or, with --local, the embedded pipeline).";

    /// <summary>What the help shows after the options: more about the command, examples and exit codes.</summary>
    public const string Details = """
        Invokes the deployed scheduler function (Lambda Invoke, signed with your AWS credentials) and prints its
        summary; the device fetcher then collects the enqueued device-days. Without --date or --from/--to it asks for
        the last 30 days, the API's whole history. With --local the embedded pipeline does the same into a local data
        lake, with the options of `run`.

        Examples:
          ondilo-fanout backfill --stack-outputs outputs.json
          ondilo-fanout backfill --function-name OndiloFanout-Scheduler --from 2026-11-01 --to 2026-11-07 --pools 1704 --force
          ondilo-fanout backfill --function-name OndiloFanout-Scheduler --dry-run --json
          ondilo-fanout backfill --local --simulate                   (the embedded pipeline on the simulator, into ./datalake-sim)
        Exit codes: 0 done, 1 failed, 2 bad command line or request (nothing enqueued), 3 (--local) some device-days
        dead-lettered, 130 stopped by Ctrl+C.
        """;

    private const string DescribeStackHint =
        "The deployed name: aws cloudformation describe-stacks --stack-name OndiloFanout --query \"Stacks[0].Outputs[?OutputKey=='SchedulerFunctionName'].OutputValue\" --output text";

    public static Command Create(ConsoleUi ui, IAwsClientFactory aws, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(ui);
        ArgumentNullException.ThrowIfNull(aws);
        ArgumentNullException.ThrowIfNull(time);
        var functionName = new Option<string?>("--function-name") { Description = "The deployed scheduler function (the stack output SchedulerFunctionName)." };
        var stackOutputs = new Option<string?>("--stack-outputs") { Description = "The file of `cdk deploy --outputs-file FILE`: the scheduler function from the stack's outputs." };
        var local = new Option<bool>("--local") { Description = "Run the embedded pipeline into a local data lake (--out) instead of the deployed stack." };
        var request = new CollectionRequestOptions();
        var pipeline = new LocalPipelineOptions();
        var json = new Option<bool>("--json") { Description = "Print the summary as one JSON object." };

        var command = new Command("backfill", Summary);
        foreach (var option in (IEnumerable<Option>)[functionName, stackOutputs, .. request.All, json, local, .. pipeline.All])
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parse, cancellationToken) =>
        {
            var payload = request.BuildPayload(parse, monthByDefault: true);
            var (asJson, isLocal) = (parse.GetValue(json), parse.GetValue(local));

            // Each mode refuses the other's options rather than silently ignore them.
            var misplaced = (isLocal ? [functionName, stackOutputs] : pipeline.All).FirstOrDefault(o => parse.GetResult(o) is { Implicit: false });
            if (misplaced is not null)
            {
                return isLocal
                    ? ui.Fail(ExitCodes.Usage, $"{misplaced.Name} names the deployed scheduler, which --local does not use.", "Drop one of the two.")
                    : ui.Fail(ExitCodes.Usage, $"{misplaced.Name} belongs to the embedded pipeline: add --local.", null);
            }

            if (isLocal)
            {
                var options = pipeline.Build(parse, payload, parse.GetValue(request.DryRun), out var error);
                return options is null ? ui.Fail(ExitCodes.Usage, error!, null) : await RunCommand.ExecuteAsync(ui, options, time, asJson, cancellationToken);
            }

            string? name;
            try
            {
                name = SchedulerFunction(parse.GetValue(functionName), parse.GetValue(stackOutputs));
            }
            catch (Exception ex) when (ex is FileNotFoundException or InvalidDataException or System.Text.Json.JsonException)
            {
                return ui.Fail(ExitCodes.Failed, ex.Message, null);
            }

            return name is null
                ? ui.Fail(ExitCodes.Usage, "Which scheduler? Give --function-name NAME or --stack-outputs FILE (the stack output SchedulerFunctionName), or --local.", DescribeStackHint)
                : await InvokeAsync(ui, aws, time, name, payload, asJson, cancellationToken);
        });
        return command;
    }

    /// <summary>The option, else the stack's output in the file of <c>cdk deploy --outputs-file</c>.</summary>
    private static string? SchedulerFunction(string? option, string? outputsFile)
    {
        if (!string.IsNullOrWhiteSpace(option))
        {
            return option.Trim();
        }

        return outputsFile is null
            ? null
            : StackOutputs.Read(outputsFile).Get(StackOutputNames.SchedulerFunctionName)
                ?? throw new InvalidDataException($"{outputsFile} has no {StackOutputNames.SchedulerFunctionName} output; deploy the current stack, or give --function-name.");
    }

    private static async Task<int> InvokeAsync(ConsoleUi ui, IAwsClientFactory aws, TimeProvider time, string functionName, string payload, bool asJson, CancellationToken cancellationToken)
    {
        // The scheduler may run for minutes: the function's own timeout bounds the call, Ctrl+C ends it sooner.
        using var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        try
        {
            var scheduler = new RemoteScheduler(aws.CreateLambda(http, time));
            if (!asJson)
            {
                ui.Backfill.ShowInvoking(functionName, payload);
            }

            ui.Backfill.ShowSummary(await scheduler.RunAsync(functionName, payload, cancellationToken), asJson);
            return ExitCodes.Ok;
        }
        catch (SchedulerFunctionException ex)
        {
            return ex.IsBadRequest
                ? ui.Fail(ExitCodes.Usage, $"The scheduler refused the request: {ex.Error.ErrorMessage}", "Nothing was enqueued.")
                : ui.Fail(ExitCodes.Failed, $"The scheduler failed: {ex.Message}", "Its log group has the details; nothing was lost: run the same command again once the cause is fixed.");
        }
        catch (AwsServiceException ex)
        {
            return ui.Fail(ExitCodes.Failed, $"Lambda refused the call ({ex.ErrorType}): {ex.ErrorMessage}", ex.ErrorType switch
            {
                "ResourceNotFoundException" => "Check the function name (stack output SchedulerFunctionName) and the region (AWS_REGION).",
                "AccessDeniedException" or "UnrecognizedClientException" or "InvalidSignatureException" or "ExpiredTokenException" =>
                    "Check your AWS credentials: they need lambda:InvokeFunction on the scheduler.",
                _ => "Run the same command again later; the scheduler skips what is already collected.",
            });
        }
        catch (AmazonClientException ex)
        {
            return ui.Fail(ExitCodes.Failed, $"AWS could not be reached: {ex.Message}", "Set AWS_REGION and credentials (AWS_PROFILE or the AWS_ACCESS_KEY_ID pair).");
        }
        catch (InvalidOperationException ex)
        {
            // A malformed AWS_ENDPOINT_URL(_LAMBDA).
            return ui.Fail(ExitCodes.Failed, ex.Message, null);
        }
        catch (HttpRequestException ex)
        {
            return ui.Fail(ExitCodes.Failed, $"Lambda could not be reached: {ex.Message}", "Check the network, AWS_REGION, and AWS_ENDPOINT_URL_LAMBDA if set.");
        }
    }
}
