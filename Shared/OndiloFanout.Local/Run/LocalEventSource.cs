using OndiloFanout.Pipeline;
using OndiloFanout.Pipeline.Fetcher;

namespace OndiloFanout.Local.Run;

/// <summary>
/// Plays the part of Lambda's SQS event source mapping on one machine: receives batches of up to 10, hands them
/// to the fetcher through the same fail-closed batch processor as the Lambda face, deletes what it finished and leaves
/// its failures to the visibility timeout and the DLQ.
/// </summary>
internal sealed class LocalEventSource
{
    private const int BatchSize = 10;
    private readonly InProcessWorkQueue _queue;
    private readonly BatchProcessor<IncomingMessage, FetchResult> _processor;
    private readonly IPipelineClock _clock;

    public LocalEventSource(InProcessWorkQueue queue, DeviceFetcherHandler fetcher, IPipelineClock clock)
    {
        ArgumentNullException.ThrowIfNull(queue);
        ArgumentNullException.ThrowIfNull(fetcher);
        ArgumentNullException.ThrowIfNull(clock);
        (_queue, _processor, _clock) = (queue, new BatchProcessor<IncomingMessage, FetchResult>(fetcher), clock);
    }

    /// <summary>Runs until the queue is empty (everything done or dead-lettered).</summary>
    public async Task DrainAsync(FetchTally tally, Action onBatch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tally);
        ArgumentNullException.ThrowIfNull(onBatch);
        while (true)
        {
            var batch = await _queue.ReceiveAsync(BatchSize, cancellationToken);
            if (batch.Count == 0)
            {
                if (_queue.NextVisibleAt is not { } next)
                {
                    return;
                }

                await _clock.WaitUntilAsync(next, cancellationToken);
                continue;
            }

            var incoming = batch.Select(m => IncomingMessage.Parse(m.MessageId, m.Body, m.ReceiveCount)).ToArray();
            var results = await _processor.ProcessAsync(incoming, cancellationToken);
            for (var i = 0; i < batch.Count; i++)
            {
                tally.Add(results[i]);
                if (results[i].LeavesQueue)
                {
                    await _queue.DeleteAsync(batch[i].ReceiptHandle, cancellationToken);
                }
                else
                {
                    _queue.RecordFailure(batch[i].ReceiptHandle, results[i].Reason ?? "failed");
                }
            }

            onBatch();
        }
    }
}
