using Amazon.SQS;
using Amazon.SQS.Model;
using OndiloFanout.Cli.Aws;
using OndiloFanout.Cli.Stack;
using OndiloFanout.Local.Run;

namespace OndiloFanout.Cli.Redrive;

/// <summary>
/// Moves the dead-letter queue back to the work queue with SQS's own move task (<c>StartMessageMoveTask</c>),
/// after a look at what it holds, and follows the task with <c>ListMessageMoveTasks</c> until it ends.
/// </summary>
internal sealed class DeadLetterRedrive
{
    private readonly IAmazonSQS _sqs;
    private readonly SqsQueueInspector _inspector;
    private readonly TimeProvider _time;
    private readonly TimeSpan _pollInterval;

    public DeadLetterRedrive(IAmazonSQS sqs, TimeProvider time, TimeSpan pollInterval)
    {
        ArgumentNullException.ThrowIfNull(sqs);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentOutOfRangeException.ThrowIfLessThan(pollInterval, TimeSpan.Zero);
        (_sqs, _inspector, _time, _pollInterval) = (sqs, new SqsQueueInspector(sqs), time, pollInterval);
    }

    /// <summary>How many messages the DLQ holds, and the device-days of up to <paramref name="peekLimit"/> of them (left in place).</summary>
    public async Task<(int Messages, IReadOnlyList<DeadLetterSummary> DeadLetters)> PreviewAsync(string deadLetterQueueUrl, int peekLimit, CancellationToken cancellationToken)
    {
        var depth = await _inspector.GetDepthAsync(deadLetterQueueUrl, cancellationToken);
        var peeked = depth.Visible > 0
            ? await _inspector.PeekAsync(deadLetterQueueUrl, Math.Min(peekLimit, depth.Visible), TimeSpan.FromSeconds(1), cancellationToken)
            : [];
        return (depth.Total, peeked.Select(DeadLetterDecoder.Describe).ToList());
    }

    /// <summary>Starts the move and reports its progress until SQS says it completed, failed or was cancelled.</summary>
    public async Task<MoveOutcome> MoveAsync(string deadLetterQueueUrl, string queueUrl, int? maxPerSecond, IProgress<MoveProgress> progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(progress);
        var sourceArn = await _inspector.GetArnAsync(deadLetterQueueUrl, cancellationToken);
        // Always named: messages the fetcher dead-lettered itself have no source queue SQS could send them back to.
        var destinationArn = await _inspector.GetArnAsync(queueUrl, cancellationToken);
        var started = await _sqs.StartMessageMoveTaskAsync(
            new StartMessageMoveTaskRequest { SourceArn = sourceArn, DestinationArn = destinationArn, MaxNumberOfMessagesPerSecond = maxPerSecond },
            cancellationToken);
        var handle = started.TaskHandle;
        while (true)
        {
            var task = await FindAsync(sourceArn, handle, cancellationToken);
            var current = new MoveProgress(task.Status ?? MoveTaskStatus.Running, task.ApproximateNumberOfMessagesMoved ?? 0, task.ApproximateNumberOfMessagesToMove ?? 0);
            progress.Report(current);
            if (MoveTaskStatus.IsFinal(task.Status))
            {
                return new MoveOutcome { Status = current.Status, Moved = current.Moved, ToMove = current.ToMove, FailureReason = task.FailureReason, TaskHandle = handle };
            }

            await Task.Delay(_pollInterval, _time, cancellationToken);
        }
    }

    private async Task<ListMessageMoveTasksResultEntry> FindAsync(string sourceArn, string handle, CancellationToken cancellationToken)
    {
        var response = await _sqs.ListMessageMoveTasksAsync(new ListMessageMoveTasksRequest { SourceArn = sourceArn, MaxResults = 10 }, cancellationToken);
        var tasks = response.Results ?? [];
        // SQS names the handle only while a task runs; the newest task of the queue (listed first) is ours, as only one can run at a time.
        return tasks.Find(task => task.TaskHandle == handle)
            ?? tasks.FirstOrDefault()
            ?? throw new InvalidDataException($"SQS lists no move task for {sourceArn} after starting one.");
    }
}
