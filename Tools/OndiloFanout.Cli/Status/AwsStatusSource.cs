using Amazon.DynamoDBv2;
using Amazon.SQS;
using OndiloFanout.Cloud;
using OndiloFanout.Cli.Aws;
using OndiloFanout.Cli.Stack;

namespace OndiloFanout.Cli.Status;

/// <summary>Reads the deployed stack: the ledger and quota in the state table, the depth of both queues, and a peek at the DLQ.</summary>
internal static class AwsStatusSource
{
    public static async Task<StatusSnapshot> ReadAsync(
        IAmazonDynamoDB dynamo, IAmazonSQS sqs, StackTargets targets, TimeProvider time, int callsPerHour, int peekLimit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dynamo);
        ArgumentNullException.ThrowIfNull(sqs);
        ArgumentNullException.ThrowIfNull(targets);
        var table = targets.TableName ?? throw new ArgumentException("The state table's name is needed.", nameof(targets));
        var inspector = new SqsQueueInspector(sqs);
        var ledger = await new DynamoDbLedgerScanner(dynamo, table).ScanAsync(cancellationToken);
        var quota = await new DynamoDbStateStore(dynamo, table, time, callsPerHour).GetUsageAsync(cancellationToken);
        var queue = targets.QueueUrl is { } queueUrl ? await inspector.GetDepthAsync(queueUrl, cancellationToken) : null;
        SqsQueueDepth? deadLetterQueue = null;
        IReadOnlyList<SqsPeekedMessage> peeked = [];
        if (targets.DeadLetterQueueUrl is { } deadLetterUrl)
        {
            deadLetterQueue = await inspector.GetDepthAsync(deadLetterUrl, cancellationToken);
            peeked = deadLetterQueue.Visible > 0
                ? await inspector.PeekAsync(deadLetterUrl, Math.Min(peekLimit, deadLetterQueue.Visible), TimeSpan.FromSeconds(1), cancellationToken)
                : [];
        }

        return new StatusSnapshot
        {
            Source = "aws",
            Location = table,
            Ledger = ledger,
            Quota = quota,
            Queue = queue,
            DeadLetterQueue = deadLetterQueue,
            DeadLetters = peeked.Select(DeadLetterDecoder.Describe).ToList(),
        };
    }
}
