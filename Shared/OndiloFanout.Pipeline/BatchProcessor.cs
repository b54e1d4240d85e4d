namespace OndiloFanout.Pipeline;

/// <summary>
/// Runs a batch through an <see cref="IRecordHandler{TRecord, TResult}"/>, failing closed as Powertools'
/// <c>BatchProcessor</c> does: every record counts as failed until its handler returns. Whatever one record's handler
/// throws (a cancellation included) fails that record only; the records before it keep their outcome, so a message
/// already re-sent or dead-lettered is never handed back to the queue to run twice. Records are handled in order;
/// those not reached before <c>cancellationToken</c> fires stay failed.
/// </summary>
public sealed class BatchProcessor<TRecord, TResult>
{
    /// <summary>The reason of a record the invocation ended before.</summary>
    public const string NotReached = "not processed: the invocation ended first";

    private readonly IRecordHandler<TRecord, TResult> _handler;

    public BatchProcessor(IRecordHandler<TRecord, TResult> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        _handler = handler;
    }

    /// <summary>One result per record, in the records' order.</summary>
    public async Task<IReadOnlyList<TResult>> ProcessAsync(IReadOnlyList<TRecord> records, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(records);
        var results = records.Select(r => _handler.Failed(r, NotReached)).ToArray();
        for (var i = 0; i < records.Count && !cancellationToken.IsCancellationRequested; i++)
        {
            try
            {
                results[i] = await _handler.HandleAsync(records[i], cancellationToken);
            }
            catch (Exception ex)
            {
                results[i] = _handler.Failed(records[i], Describe(ex, cancellationToken));
            }
        }

        return results;
    }

    private static string Describe(Exception ex, CancellationToken cancellationToken) =>
        ex is OperationCanceledException && cancellationToken.IsCancellationRequested
            ? "the invocation's deadline was reached"
            : $"{ex.GetType().Name}: {ex.Message}";
}
