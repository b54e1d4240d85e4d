using System.CommandLine;
using Amazon.Runtime;
using OndiloFanout.Cli.Redrive;
using OndiloFanout.Cli.Rendering;
using OndiloFanout.Cli.Stack;

namespace OndiloFanout.Cli.Commands;

/// <summary><c>ondilo-fanout redrive</c>: shows what the dead-letter queue holds, then moves it back to the work queue.</summary>
internal static class RedriveCommand
{
    private const string Summary = "Move the dead-letter queue back to the work queue, showing first which device-days it holds.";

    /// <summary>What the help shows after the options: more about the command, examples and exit codes.</summary>
    public const string Details = """
        Do it after fixing the cause (e.g. after `login`): the fetcher skips whatever the ledger already has.

        Examples:
          ondilo-fanout redrive --stack-outputs out.json --dry-run     (only show what it holds)
          ondilo-fanout redrive --stack-outputs out.json
        Exit codes: 0 moved (or nothing to move), 1 failed (the move task, or SQS), 2 bad command line.
        """;

    public static Command Create(ConsoleUi ui, IAwsClientFactory aws, TimeProvider time, TimeSpan pollInterval)
    {
        ArgumentNullException.ThrowIfNull(ui);
        ArgumentNullException.ThrowIfNull(aws);
        ArgumentNullException.ThrowIfNull(time);
        var deadLetterUrl = new Option<string?>("--dlq-url") { Description = "The dead-letter queue (default: stack outputs, else $DEAD_LETTER_QUEUE_URL)." };
        var queueUrl = new Option<string?>("--queue-url") { Description = "The work queue the messages go back to (default: stack outputs, else $WORK_QUEUE_URL)." };
        var stackOutputs = new Option<string?>("--stack-outputs") { Description = "The file of `cdk deploy --outputs-file FILE`: both queues from the stack's outputs." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Only show what the dead-letter queue holds; move nothing." };
        var maxPerSecond = new Option<int?>("--max-per-second") { Description = "Messages moved per second, 1..500 (default: SQS picks the rate)." }.Within(1, 500);
        var peek = new Option<int>("--peek") { Description = "At most this many messages are read to list their device-days (each read adds one to a message's receive count; none is deleted).", DefaultValueFactory = _ => 100 }.Within(0, 10_000);
        var json = new Option<bool>("--json") { Description = "Print the result as one JSON object." };

        var command = new Command("redrive", Summary)
        {
            deadLetterUrl, queueUrl, stackOutputs, dryRun, maxPerSecond, peek, json,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var (rate, peekLimit, asJson) = (parse.GetValue(maxPerSecond), parse.GetValue(peek), parse.GetValue(json));
            try
            {
                var outputsFile = parse.GetValue(stackOutputs);
                var targets = StackTargets.Resolve(null, parse.GetValue(queueUrl), parse.GetValue(deadLetterUrl), outputsFile is null ? null : StackOutputs.Read(outputsFile), Environment.GetEnvironmentVariable);
                if (targets is not { DeadLetterQueueUrl: { } source, QueueUrl: { } destination })
                {
                    return ui.Fail(ExitCodes.Usage, "Both queues are needed.", "Give --dlq-url URL --queue-url URL, or --stack-outputs FILE.");
                }

                using var sqs = aws.CreateSqs();
                var redrive = new DeadLetterRedrive(sqs, time, pollInterval);
                var (messages, deadLetters) = await redrive.PreviewAsync(source, peekLimit, cancellationToken);
                if (!asJson)
                {
                    ui.Redrive.ShowPreview(messages, deadLetters);
                }

                var dry = parse.GetValue(dryRun);
                var move = dry || messages == 0
                    ? null
                    : await ui.Redrive.WithProgressAsync(!asJson, progress => redrive.MoveAsync(source, destination, rate, progress, cancellationToken));
                ui.Redrive.ShowResult(
                    new RedriveReport { DeadLetterQueueUrl = source, QueueUrl = destination, Messages = messages, DeadLetters = deadLetters, DryRun = dry, Move = move },
                    asJson);
                return move is null || move.Succeeded ? ExitCodes.Ok : ExitCodes.Failed;
            }
            catch (Exception ex) when (ex is FileNotFoundException or InvalidDataException or System.Text.Json.JsonException)
            {
                return ui.Fail(ExitCodes.Failed, ex.Message, null);
            }
            catch (AmazonServiceException ex)
            {
                return ui.Fail(ExitCodes.Failed, $"SQS refused ({ex.ErrorCode}): {ex.Message}", "Check both queue URLs and that your credentials may read, receive from and move the dead-letter queue; only one move task can run per queue.");
            }
            catch (AmazonClientException ex)
            {
                return ui.Fail(ExitCodes.Failed, $"SQS could not be reached: {ex.Message}", "Set AWS_REGION and credentials (AWS_PROFILE or the AWS_ACCESS_KEY_ID pair).");
            }
        });
        return command;
    }
}
