using System.Text;
using Amazon.Runtime;
using Amazon.S3;
using OndiloFanout.Cloud;
using OndiloFanout.Domain.Collection;
using OndiloFanout.Domain.Pools;
using OndiloFanout.Tests.TestDoubles;
using Xunit;

namespace OndiloFanout.Tests.Cloud;

/// <summary>The S3 snapshot sink through the SDK against a local HTTP stub: one PutObject under the lake's prefix.</summary>
public sealed class S3PoolSnapshotSinkTests
{
    private static readonly DateTimeOffset TakenAt = new(2026, 11, 25, 2, 30, 5, TimeSpan.Zero);

    [Fact]
    public async Task WriteAsync_Snapshot_PutsItsJsonLinesUnderThePrefixsPoolsFolder()
    {
        await using var stub = await AwsStubEndpoint.StartAsync();
        stub.Answer(200, "", ("ETag", "\"0\""));
        using var s3 = new AmazonS3Client(new BasicAWSCredentials("test", "test"), new AmazonS3Config { ServiceURL = stub.Endpoint.ToString(), ForcePathStyle = true, AuthenticationRegion = "us-east-1", MaxErrorRetry = 0 });
        var snapshot = new PoolSnapshot
        {
            RunId = "run-1",
            TakenAt = TakenAt,
            Pools = [PoolSnapshotLayout.RecordOf(new OndiloPool { Id = 234, Name = "John's Pool" }, null, "run-1", TakenAt)],
        };

        await new S3PoolSnapshotSink(s3, "lake-bucket", "ondilo/").WriteAsync(snapshot, CancellationToken.None);

        var put = Assert.Single(stub.Requests);
        Assert.Equal("PUT", put.Method);
        Assert.Equal("/lake-bucket/ondilo/pools/snapshotdate=2026-11-25/pools-run-1.jsonl", Uri.UnescapeDataString(put.PathAndQuery.Split('?')[0]));
        // The SDK may frame the body in signed chunks; the snapshot's line is in it either way.
        Assert.Contains(Encoding.UTF8.GetString(PoolSnapshotLayout.ToJsonLines(snapshot)).TrimEnd('\n'), put.BodyText, StringComparison.Ordinal);
    }
}
