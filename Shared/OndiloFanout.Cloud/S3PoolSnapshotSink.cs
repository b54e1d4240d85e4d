using Amazon.S3;
using Amazon.S3.Model;
using OndiloFanout.Contracts;
using OndiloFanout.Domain.Collection;
using OndiloFanout.Domain.Ports;

namespace OndiloFanout.Cloud;

/// <summary>Writes pool snapshots to S3 with one PutObject each, under the lake's prefix.</summary>
public sealed class S3PoolSnapshotSink : IPoolSnapshotSink
{
    private readonly IAmazonS3 _s3;
    private readonly string _bucket;
    private readonly string _prefix;

    /// <summary><paramref name="prefix"/> is the lake's data prefix (empty, or ending with '/'); the key adds <c>pools/…</c>.</summary>
    public S3PoolSnapshotSink(IAmazonS3 s3, string bucket, string prefix)
    {
        ArgumentNullException.ThrowIfNull(s3);
        ArgumentException.ThrowIfNullOrWhiteSpace(bucket);
        ArgumentNullException.ThrowIfNull(prefix);
        (_s3, _bucket, _prefix) = (s3, bucket, prefix);
    }

    /// <inheritdoc />
    public async Task WriteAsync(PoolSnapshot snapshot, CancellationToken cancellationToken)
    {
        using var body = new MemoryStream(PoolSnapshotLayout.ToJsonLines(snapshot), writable: false);
        await _s3.PutObjectAsync(
            new PutObjectRequest
            {
                BucketName = _bucket,
                Key = _prefix + LakeLayout.PoolSnapshotKey(snapshot.TakenAt, snapshot.RunId),
                InputStream = body,
                ContentType = "application/x-ndjson",
                AutoCloseStream = false,
            },
            cancellationToken);
    }
}
