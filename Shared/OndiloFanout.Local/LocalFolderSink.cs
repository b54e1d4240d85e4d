using System.Globalization;
using System.Security.Cryptography;
using OndiloFanout.Contracts;
using OndiloFanout.Domain.Collection;
using OndiloFanout.Domain.Ports;

namespace OndiloFanout.Local;

/// <summary>
/// The data lake of a run on one machine: a folder laid out like the S3 bucket, one JSON Lines file per write
/// under <c>deviceId=&lt;pool&gt;/year=YYYY/month=MM/day=DD/</c>, named like the objects Firehose writes
/// (<c>ondilo-fanout-&lt;yyyyMMddTHHmmssfffZ&gt;-&lt;8 hex&gt;.jsonl</c>). Each file appears whole or not at all.
/// </summary>
internal sealed class LocalFolderSink : IRecordSink
{
    private readonly string _root;
    private readonly TimeProvider _timeProvider;

    /// <summary>Writes under <paramref name="root"/> (created when first written).</summary>
    public LocalFolderSink(string root, TimeProvider timeProvider)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(root);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _root = Path.GetFullPath(root);
        _timeProvider = timeProvider;
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentException">A record belongs to another partition than the batch: Firehose would file it elsewhere.</exception>
    public Task WriteAsync(DeviceDayRecords batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (batch.Records.Count == 0)
        {
            return Task.CompletedTask;
        }

        var partition = LocalLake.PartitionOf(batch.PoolId, batch.Day);
        // Firehose partitions by the record's own keys, so a record filed under the batch's path must carry the same ones.
        foreach (var record in batch.Records)
        {
            var own = LakeLayout.PartitionPath(record.DeviceId, record.Year, record.Month, record.Day);
            if (own != partition)
            {
                throw new ArgumentException($"Record {record.RecordId} belongs to {own}, not {partition}.", nameof(batch));
            }
        }

        var content = LakeJsonLines.Lines(batch.Records);
        var path = Path.Combine(_root, partition, FileName(_timeProvider.GetUtcNow()));
        return AtomicFile.WriteAsync(path, content, ownerOnly: false, cancellationToken);
    }

    private static string FileName(DateTimeOffset now) => string.Create(
        CultureInfo.InvariantCulture,
        $"ondilo-fanout-{now.UtcDateTime:yyyyMMdd'T'HHmmssfff'Z'}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4))}.jsonl");
}
