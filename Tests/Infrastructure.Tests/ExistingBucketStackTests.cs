using Amazon.CDK.Assertions;
using OndiloFanout.Contracts;
using OndiloFanout.Infrastructure.Tests.TestDoubles;

namespace OndiloFanout.Infrastructure.Tests;

/// <summary>The stack with <c>s3bucketname</c>, <c>s3prefix</c> and every other context value set.</summary>
[Collection(CdkExistingBucketStackCollection.Name)]
public sealed class ExistingBucketStackTests(CdkExistingBucketStackFixture fixture)
{
    private const string BucketArn = """{"Fn::Join":["",["arn:",{"Ref":"AWS::Partition"},":s3:::existing-lake"]]}""";
    private const string DataArn = """{"Fn::Join":["",["arn:",{"Ref":"AWS::Partition"},":s3:::existing-lake/ondilo/raw/*"]]}""";

    private readonly Template _template = fixture.Stack.Template;
    private readonly CdkTemplateJson _json = fixture.Stack.Json;

    [Fact]
    public void Synth_ExistingBucket_CreatesOnlyTheAthenaResultsBucketAndPolicyNothingOnTheLake()
    {
        // The imported bucket cannot take the rule that expires Athena's results, so they get a bucket of their own.
        var results = CdkTemplateJson.RefOf(_json.LogicalId("AWS::S3::Bucket", "AthenaResultsBucket"));

        _template.ResourceCountIs("AWS::S3::Bucket", 1);
        var policy = _json.Properties(Assert.Single(_json.LogicalIds("AWS::S3::BucketPolicy")));
        Assert.Equal(results, CdkTemplateJson.Compact(policy.GetProperty("Bucket")));
        Assert.Equal(
            $$"""{"Fn::Join":["",["s3://",{{results}},"/athena-results/"]]}""",
            CdkTemplateJson.Compact(_json.OutputSection.GetProperty("AthenaResultsLocation").GetProperty("Value")));
    }

    [Fact]
    public void DeliveryStream_ExistingBucket_WritesUnderTheNormalisedPrefixGzipped()
    {
        var destination = _json.Properties(_json.LogicalId("AWS::KinesisFirehose::DeliveryStream", "DeliveryStream"))
            .GetProperty("ExtendedS3DestinationConfiguration");

        Assert.Equal(BucketArn, CdkTemplateJson.Compact(destination.GetProperty("BucketARN")));
        Assert.StartsWith("ondilo/raw/deviceId=!{partitionKeyFromQuery:deviceId}/", destination.GetProperty("Prefix").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("ondilo/raw/errors/!{firehose:error-output-type}/", destination.GetProperty("ErrorOutputPrefix").GetString(), StringComparison.Ordinal);
        Assert.Equal("GZIP", destination.GetProperty("CompressionFormat").GetString());
        Assert.Equal(".jsonl.gz", destination.GetProperty("FileExtension").GetString());
    }

    [Fact]
    public void FirehoseRole_ExistingBucket_IsGrantedOnTheBucketNameAndPrefixOnly()
    {
        var s3Resources = _json.StatementsOfRole("DeliveryStreamRole")
            .Where(s => s.Actions.All(a => a.StartsWith("s3:", StringComparison.Ordinal)))
            .SelectMany(s => s.Resources)
            .ToHashSet();

        Assert.Equal(new HashSet<string> { BucketArn, DataArn }, s3Resources);
        Assert.Equal(new HashSet<string> { DataArn }, _json.ResourcesAllowed("DeliveryStreamRole", "s3:PutObject"));
    }

    [Fact]
    public void Functions_ExistingBucket_GetTheConfiguredBudgetAndLogLevel()
    {
        Assert.All(_json.LogicalIds("AWS::Lambda::Function"), id =>
        {
            var variables = _json.Properties(id).GetProperty("Environment").GetProperty("Variables");
            Assert.Equal("12", variables.GetProperty(SettingNames.CallsPerHour).GetString());
            Assert.Equal("Debug", variables.GetProperty(SettingNames.LogLevel).GetString());
        });
    }

    [Fact]
    public void DailyRun_ExistingBucket_UsesTheConfiguredSchedule()
    {
        _template.HasResourceProperties("AWS::Events::Rule", Match.ObjectLike(new Dictionary<string, object>
        {
            ["ScheduleExpression"] = "cron(0 4 * * ? *)",
        }));
    }

    [Fact]
    public void AlarmTopic_WithEmail_SubscribesTheAddress()
    {
        _template.HasResourceProperties("AWS::SNS::Subscription", new Dictionary<string, object>
        {
            ["Protocol"] = "email",
            ["Endpoint"] = CdkExistingBucketStackFixture.Email,
            ["TopicArn"] = new Dictionary<string, object> { ["Ref"] = Assert.Single(_json.LogicalIds("AWS::SNS::Topic")) },
        });
    }

    [Fact]
    public void Outputs_ExistingBucket_NameTheBucketAndPrefix()
    {
        Assert.Equal("existing-lake", _json.OutputSection.GetProperty("DataBucketName").GetProperty("Value").GetString());
        Assert.Equal("s3://existing-lake/ondilo/raw/", _json.OutputSection.GetProperty("DataLocation").GetProperty("Value").GetString());
    }
}
