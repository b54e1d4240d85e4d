using OndiloFanout.Contracts;
using OndiloFanout.Infrastructure.Tests.TestDoubles;

namespace OndiloFanout.Infrastructure.Tests.Constructs;

/// <summary>The catalog over an existing bucket and prefix: every location carries the prefix.</summary>
[Collection(CdkExistingBucketStackCollection.Name)]
public sealed class LakeCatalogExistingBucketTests(CdkExistingBucketStackFixture fixture)
{
    private readonly CdkTemplateJson _json = fixture.Stack.Json;

    [Fact]
    public void MeasuresTable_ExistingBucket_LocatesPartitionsUnderThePrefix()
    {
        var table = _json.Properties(_json.LogicalId("AWS::Glue::Table", "LakeCatalogMeasuresTable")).GetProperty("TableInput");

        Assert.Equal("s3://existing-lake/ondilo/raw/", table.GetProperty("StorageDescriptor").GetProperty("Location").GetString());
        Assert.Equal(
            "s3://existing-lake/ondilo/raw/deviceId=${deviceid}/year=${year}/month=${month}/day=${day}/",
            table.GetProperty("Parameters").GetProperty("storage.location.template").GetString());
    }

    [Fact]
    public void PoolSnapshotsTable_ExistingBucket_LocatesSnapshotsUnderThePrefix()
    {
        var table = _json.Properties(_json.LogicalId("AWS::Glue::Table", "LakeCatalogPoolSnapshotsTable")).GetProperty("TableInput");

        Assert.Equal(
            "s3://existing-lake/ondilo/raw/pools/snapshotdate=${snapshotdate}/",
            table.GetProperty("Parameters").GetProperty("storage.location.template").GetString());
    }

    [Fact]
    public void Scheduler_ExistingBucket_GetsTheSnapshotBucketPrefixAndThresholds()
    {
        var scheduler = _json.Properties(_json.LogicalId("AWS::Lambda::Function", "Scheduler")).GetProperty("Environment").GetProperty("Variables");

        Assert.Equal("existing-lake", scheduler.GetProperty(SettingNames.PoolSnapshotBucket).GetString());
        Assert.Equal("ondilo/raw/", scheduler.GetProperty(SettingNames.PoolSnapshotPrefix).GetString());
        Assert.Equal("weekly", scheduler.GetProperty(SettingNames.PoolThresholds).GetString());
        Assert.Equal(
            ["""{"Fn::Join":["",["arn:",{"Ref":"AWS::Partition"},":s3:::existing-lake/ondilo/raw/pools/*"]]}"""],
            _json.ResourcesAllowed("SchedulerRole", "s3:PutObject"));
    }
}
