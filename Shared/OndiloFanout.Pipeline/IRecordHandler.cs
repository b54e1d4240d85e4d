namespace OndiloFanout.Pipeline;

/// <summary>
/// The per-record logic of a batch (Powertools' <c>IRecordHandler&lt;T&gt;</c>), run by <see cref="BatchProcessor{TRecord, TResult}"/>.
/// </summary>
public interface IRecordHandler<in TRecord, TResult>
{
    /// <summary>Handles one record. May throw: the processor then reports the record as failed.</summary>
    Task<TResult> HandleAsync(TRecord record, CancellationToken cancellationToken);

    /// <summary>The result of a record whose handler did not return: it stays in the queue, for <paramref name="reason"/>.</summary>
    TResult Failed(TRecord record, string reason);
}
