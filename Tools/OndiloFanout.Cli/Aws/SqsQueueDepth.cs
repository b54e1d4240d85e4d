namespace OndiloFanout.Cli.Aws;

/// <summary>
/// A queue's approximate counts (SQS <c>ApproximateNumberOfMessages</c>, <c>…NotVisible</c>, <c>…Delayed</c>):
/// waiting, being processed (or hidden by a peek), and deferred.
/// </summary>
internal sealed record SqsQueueDepth(int Visible, int InFlight, int Delayed)
{
    /// <summary>All messages the queue holds.</summary>
    public int Total => Visible + InFlight + Delayed;
}
