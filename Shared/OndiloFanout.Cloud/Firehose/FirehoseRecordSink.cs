using OndiloFanout.Domain.Collection;
using OndiloFanout.Domain.Ports;

namespace OndiloFanout.Cloud.Firehose;

/// <summary>
/// Writes a device-day to Firehose, packed (see <see cref="FirehoseRecordPacker"/>). Records Firehose refuses in an
/// HTTP 200 answer are resent, only they, with backoff; the call returns only when every record was accepted and
/// throws <see cref="FirehoseDeliveryException"/> otherwise, so the day is never marked written by mistake.
/// </summary>
public sealed class FirehoseRecordSink : IRecordSink
{
    private readonly FirehoseClient client;
    private readonly string deliveryStreamName;
    private readonly TimeProvider timeProvider;
    private readonly FirehoseRecordSinkOptions options;

    public FirehoseRecordSink(FirehoseClient client, string deliveryStreamName, TimeProvider timeProvider, FirehoseRecordSinkOptions options)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentException.ThrowIfNullOrWhiteSpace(deliveryStreamName);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(options);
        this.client = client;
        this.deliveryStreamName = deliveryStreamName;
        this.timeProvider = timeProvider;
        this.options = options;
    }

    public async Task WriteAsync(DeviceDayRecords batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var packed = FirehoseRecordPacker.Pack(batch.Records, options.MaxRecordBytes, options.MaxSubRecordsPerRecord);
        foreach (var call in FirehoseRecordPacker.SplitIntoCalls(packed, options.MaxRecordsPerCall, options.MaxBytesPerCall))
        {
            await PutAllAsync(call, cancellationToken);
        }
    }

    private Task PutAllAsync(List<byte[]> records, CancellationToken cancellationToken)
    {
        var pending = records;
        return options.Retry.RunAsync(
            async _ =>
            {
                var response = await client.PutRecordBatchAsync(
                    new PutRecordBatchRequest
                    {
                        DeliveryStreamName = deliveryStreamName,
                        Records = pending.ConvertAll(data => new Record { Data = new MemoryStream(data, writable: false) }),
                    },
                    cancellationToken);
                var failed = FailedIndexes(response, pending.Count);
                if (failed.Count > 0)
                {
                    var codes = failed
                        .Select(i => i < response.RequestResponses.Count ? response.RequestResponses[i].ErrorCode : null)
                        .Select(code => code ?? "Unknown").Distinct(StringComparer.Ordinal).ToList();
                    pending = failed.ConvertAll(i => pending[i]);
                    throw new FirehoseDeliveryException(failed.Count, codes);
                }
            },
            error => error is FirehoseDeliveryException,
            timeProvider,
            cancellationToken);
    }

    // An answer whose entries don't line up with the request can't say which records failed: resend them all
    // (each record has a deterministic recordId, so a rare duplicate is removable downstream; a loss is not).
    private static List<int> FailedIndexes(PutRecordBatchResponse response, int sent)
    {
        var entries = response.RequestResponses;
        var failed = new List<int>();
        if (entries.Count == sent)
        {
            for (var i = 0; i < sent; i++)
            {
                if (entries[i].ErrorCode is not null)
                {
                    failed.Add(i);
                }
            }
        }

        return failed.Count == 0 && (response.FailedPutCount > 0 || entries.Count != sent)
            ? Enumerable.Range(0, sent).ToList()
            : failed;
    }
}
