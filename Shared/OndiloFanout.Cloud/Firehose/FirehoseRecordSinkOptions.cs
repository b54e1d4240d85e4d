using OndiloFanout.Domain.Retries;

namespace OndiloFanout.Cloud.Firehose;

/// <summary>Firehose's limits and the retry of refused records; the defaults are the service's limits.</summary>
public sealed record FirehoseRecordSinkOptions
{
    /// <summary>Bytes of one Firehose record before base64. Default 1,000 KiB.</summary>
    public int MaxRecordBytes { get; init; } = 1_000 * 1024;

    /// <summary>
    /// Lake records packed into one Firehose record. Default 500: Firehose's RecordDeAggregation splits at most 500 JSON
    /// sub-records per record; above that the call still succeeds but the record is not split as expected.
    /// </summary>
    public int MaxSubRecordsPerRecord { get; init; } = 500;

    /// <summary>Records per <c>PutRecordBatch</c>. Default 500.</summary>
    public int MaxRecordsPerCall { get; init; } = 500;

    /// <summary>Bytes of record data per <c>PutRecordBatch</c>. Default 4 MiB.</summary>
    public int MaxBytesPerCall { get; init; } = 4 * 1024 * 1024;

    /// <summary>How refused records are resent: attempts in all and backoff. Default 5 attempts.</summary>
    public Backoff Retry { get; init; } = new();
}
