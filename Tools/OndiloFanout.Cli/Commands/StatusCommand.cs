using System.CommandLine;
using Amazon.Runtime;
using OndiloFanout.Cli.Rendering;
using OndiloFanout.Cli.Stack;
using OndiloFanout.Cli.Status;
using OndiloFanout.Contracts;
using OndiloFanout.Domain.Collection;
using OndiloFanout.Domain.Pools;
using OndiloFanout.Local.Run;

namespace OndiloFanout.Cli.Commands;

/// <summary><c>ondilo-fanout status</c>: what is collected, per pool and day, locally or in the deployed stack.</summary>
internal static class StatusCommand
{
    private const string Summary = "Show which device-days are collected, partial, closed, missing or dead-lettered, with the quota, queues and last run.";

    /// <summary>What the help shows after the options: more about the command, examples and exit codes.</summary>
    public const string Details = """
        A calendar per pool: collected (✓), partial (~), closed (▪), missing (·), dead-lettered (✗); of a local lake,
        or of the deployed stack.

        Examples:
          ondilo-fanout status --out datalake                 (a local lake; simulated runs write datalake-sim)
          ondilo-fanout status --stack-outputs out.json       (the stack: `npx cdk deploy --outputs-file out.json`)
        Exit codes: 0 shown, 1 failed (no lake there, AWS unreachable), 2 bad command line.
        """;

    public static Command Create(ConsoleUi ui, IAwsClientFactory aws, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(ui);
        ArgumentNullException.ThrowIfNull(aws);
        ArgumentNullException.ThrowIfNull(time);
        var output = new Option<string>("--out") { Description = $"Local data lake folder, its state in .ondilo-fanout/ (default ./{LocalPaths.DefaultLake}; simulated runs write ./{LocalPaths.DefaultSimulatedLake}).", DefaultValueFactory = _ => LocalPaths.DefaultLake };
        var table = new Option<string?>("--table") { Description = "The deployed state table (default: stack outputs, else $STATE_TABLE_NAME)." };
        var queueUrl = new Option<string?>("--queue-url") { Description = "The deployed work queue (default: stack outputs, else $WORK_QUEUE_URL)." };
        var deadLetterUrl = new Option<string?>("--dlq-url") { Description = "The deployed dead-letter queue (default: stack outputs, else $DEAD_LETTER_QUEUE_URL)." };
        var stackOutputs = new Option<string?>("--stack-outputs") { Description = "The file of `cdk deploy --outputs-file FILE`: table and queues from the stack's outputs." };
        var days = new Option<int>("--days") { Description = "UTC days shown, ending yesterday.", DefaultValueFactory = _ => 30 }.Within(1, 366);
        var callsPerHour = new Option<int>("--calls-per-hour") { Description = "The budget the functions use (the used count comes from the state).", DefaultValueFactory = _ => QuotaLimits.DefaultCallsPerHour }.Within(1, LocalPipelineOptions.ApiCallsPerHour);
        var peek = new Option<int>("--peek") { Description = "At most this many dead-lettered messages are read to place them on the calendar (each read adds one to a message's receive count; none is deleted).", DefaultValueFactory = _ => 100 }.Within(0, 10_000);
        var json = new Option<bool>("--json") { Description = "Print the report as one JSON object." };

        var command = new Command("status", Summary)
        {
            output, table, queueUrl, deadLetterUrl, stackOutputs, days, callsPerHour, peek, json,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var (dayCount, budget, peekLimit) = (parse.GetValue(days), parse.GetValue(callsPerHour), parse.GetValue(peek));
            try
            {
                // The functions' variables point at the stack only when no lake folder was asked for.
                var explicitOut = parse.GetResult(output) is { Implicit: false };
                var outputsFile = parse.GetValue(stackOutputs);
                var targets = StackTargets.Resolve(
                    parse.GetValue(table),
                    parse.GetValue(queueUrl),
                    parse.GetValue(deadLetterUrl),
                    outputsFile is null ? null : StackOutputs.Read(outputsFile),
                    explicitOut ? _ => null : Environment.GetEnvironmentVariable);
                if (explicitOut && targets.Any)
                {
                    return ui.Fail(ExitCodes.Usage, "--out reads a local lake; --table, --queue-url, --dlq-url and --stack-outputs read the deployed stack: choose one.", null);
                }

                if (targets.Any && targets.TableName is null)
                {
                    return ui.Fail(ExitCodes.Usage, "The deployed stack's state table is needed.", "Give --table NAME or --stack-outputs FILE (or set STATE_TABLE_NAME).");
                }

                var snapshot = targets.Any
                    ? await ReadStackAsync(aws, targets, time, budget, peekLimit, cancellationToken)
                    : await LocalStatusSource.ReadAsync(parse.GetValue(output)!, time, budget, cancellationToken);
                var now = time.GetUtcNow();
                var report = StatusBuilder.Build(snapshot, UtcDay.Of(now), dayCount) with
                {
                    NextRun = NextReadPlan.Of(snapshot.Ledger, ReadPlanOptions.For(budget, MeasureType.All), now),
                };
                ui.Status.Show(report, parse.GetValue(json));
                return ExitCodes.Ok;
            }
            catch (DirectoryNotFoundException ex)
            {
                return ui.Fail(ExitCodes.Failed, ex.Message, LocalPaths.MissingLakeHint(parse.GetValue(output)!));
            }
            catch (Exception ex) when (ex is FileNotFoundException or InvalidDataException or System.Text.Json.JsonException)
            {
                return ui.Fail(ExitCodes.Failed, ex.Message, null);
            }
            catch (AmazonServiceException ex)
            {
                return ui.Fail(ExitCodes.Failed, $"AWS refused a read ({ex.ErrorCode}): {ex.Message}", "Check the table and queue names, the region (AWS_REGION) and that your credentials may read them.");
            }
            catch (AmazonClientException ex)
            {
                return ui.Fail(ExitCodes.Failed, $"AWS could not be reached: {ex.Message}", "Set AWS_REGION and credentials (AWS_PROFILE or the AWS_ACCESS_KEY_ID pair).");
            }
        });
        return command;
    }

    private static async Task<StatusSnapshot> ReadStackAsync(IAwsClientFactory aws, StackTargets targets, TimeProvider time, int callsPerHour, int peekLimit, CancellationToken cancellationToken)
    {
        using var dynamo = aws.CreateDynamoDb();
        using var sqs = aws.CreateSqs();
        return await AwsStatusSource.ReadAsync(dynamo, sqs, targets, time, callsPerHour, peekLimit, cancellationToken);
    }
}
