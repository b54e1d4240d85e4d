using OndiloFanout.Contracts;
using OndiloFanout.Lambda;
using OndiloFanout.Pipeline.Composition;
using Xunit;

namespace OndiloFanout.Tests.Pipeline.Composition;

public sealed class FunctionSettingsPoolSnapshotTests
{
    private static FunctionSettings Read(params (string Name, string Value)[] extra)
    {
        var environment = new Dictionary<string, string>
        {
            [SettingNames.TokenSecretId] = "secret",
            [SettingNames.QueueUrl] = "https://sqs/q",
            [SettingNames.DeadLetterQueueUrl] = "https://sqs/dlq",
            [SettingNames.StateTableName] = "state",
        };
        foreach (var (name, value) in extra)
        {
            environment[name] = value;
        }

        return FunctionSettings.Read(name => environment.GetValueOrDefault(name), needsDeliveryStream: false);
    }

    [Fact]
    public void Read_Unset_WritesNoSnapshotAndReadsNoThresholds()
    {
        var settings = Read();

        Assert.Null(settings.PoolSnapshotBucket);
        Assert.Equal("", settings.PoolSnapshotPrefix);
        Assert.False(settings.ReadPoolThresholds);
    }

    [Fact]
    public void Read_BucketPrefixAndWeekly_AreTaken()
    {
        var settings = Read((SettingNames.PoolSnapshotBucket, "lake"), (SettingNames.PoolSnapshotPrefix, "raw/"), (SettingNames.PoolThresholds, "Weekly"));

        Assert.Equal(("lake", "raw/", true), (settings.PoolSnapshotBucket, settings.PoolSnapshotPrefix, settings.ReadPoolThresholds));
    }

    [Fact]
    public void Read_UnknownThresholdsValue_IsRefusedByName()
    {
        var error = Assert.Throws<InvalidSettingsException>(() => Read((SettingNames.PoolThresholds, "daily")));

        Assert.Contains(SettingNames.PoolThresholds, error.Message, StringComparison.Ordinal);
    }
}
