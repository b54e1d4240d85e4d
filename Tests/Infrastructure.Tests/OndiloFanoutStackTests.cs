using Amazon.CDK.Assertions;
using OndiloFanout.Infrastructure.Tests.TestDoubles;

namespace OndiloFanout.Infrastructure.Tests;

/// <summary>The stateful resources and the schedule of the default stack.</summary>
[Collection(CdkDefaultStackCollection.Name)]
public sealed class OndiloFanoutStackTests(CdkDefaultStackFixture fixture)
{
    private readonly Template _template = fixture.Stack.Template;
    private readonly CdkTemplateJson _json = fixture.Stack.Json;

    [Theory]
    [InlineData("AWS::S3::Bucket", 1)]
    [InlineData("AWS::KinesisFirehose::DeliveryStream", 1)]
    [InlineData("AWS::SQS::Queue", 2)]
    [InlineData("AWS::Lambda::Function", 2)]
    [InlineData("AWS::Lambda::EventSourceMapping", 1)]
    [InlineData("AWS::Events::Rule", 1)]
    [InlineData("AWS::SecretsManager::Secret", 1)]
    [InlineData("AWS::DynamoDB::Table", 1)]
    [InlineData("AWS::SNS::Topic", 1)]
    [InlineData("AWS::SNS::Subscription", 0)]
    [InlineData("AWS::CloudWatch::Alarm", 8)]
    [InlineData("AWS::Logs::LogGroup", 3)]
    [InlineData("AWS::IAM::Role", 3)]
    public void Synth_Default_HasExpectedResourceCounts(string type, int count) => _template.ResourceCountIs(type, count);

    [Fact]
    public void Bucket_Default_IsEncryptedPrivateVersionedAndRetained()
    {
        _template.HasResource("AWS::S3::Bucket", new Dictionary<string, object>
        {
            ["DeletionPolicy"] = "Retain",
            ["UpdateReplacePolicy"] = "Retain",
            ["Properties"] = Match.ObjectLike(new Dictionary<string, object>
            {
                ["BucketEncryption"] = new Dictionary<string, object>
                {
                    ["ServerSideEncryptionConfiguration"] = new object[]
                    {
                        new Dictionary<string, object> { ["ServerSideEncryptionByDefault"] = new Dictionary<string, object> { ["SSEAlgorithm"] = "AES256" } },
                    },
                },
                ["PublicAccessBlockConfiguration"] = new Dictionary<string, object>
                {
                    ["BlockPublicAcls"] = true,
                    ["BlockPublicPolicy"] = true,
                    ["IgnorePublicAcls"] = true,
                    ["RestrictPublicBuckets"] = true,
                },
                ["VersioningConfiguration"] = new Dictionary<string, object> { ["Status"] = "Enabled" },
            }),
        });
    }

    [Fact]
    public void BucketPolicy_Default_DeniesRequestsWithoutTls()
    {
        _template.HasResourceProperties("AWS::S3::BucketPolicy", Match.ObjectLike(new Dictionary<string, object>
        {
            ["PolicyDocument"] = Match.ObjectLike(new Dictionary<string, object>
            {
                ["Statement"] = Match.ArrayWith(new object[]
                {
                    Match.ObjectLike(new Dictionary<string, object>
                    {
                        ["Effect"] = "Deny",
                        ["Condition"] = new Dictionary<string, object> { ["Bool"] = new Dictionary<string, object> { ["aws:SecureTransport"] = "false" } },
                    }),
                }),
            }),
        }));
    }

    [Fact]
    public void WorkQueue_Default_HasRedriveVisibilityAndEncryption()
    {
        var workQueue = _json.Properties(_json.LogicalId("AWS::SQS::Queue", "WorkQueue"));
        var deadLetterQueue = _json.LogicalId("AWS::SQS::Queue", "DeadLetterQueue");
        var fetcherTimeout = _json.Properties(_json.LogicalId("AWS::Lambda::Function", "DeviceFetcher")).GetProperty("Timeout").GetInt32();

        Assert.True(workQueue.GetProperty("VisibilityTimeout").GetInt32() >= 6 * fetcherTimeout);
        Assert.True(workQueue.GetProperty("SqsManagedSseEnabled").GetBoolean());
        var redrive = workQueue.GetProperty("RedrivePolicy");
        Assert.Equal(5, redrive.GetProperty("maxReceiveCount").GetInt32());
        Assert.Equal(CdkTemplateJson.ArnOf(deadLetterQueue), CdkTemplateJson.Compact(redrive.GetProperty("deadLetterTargetArn")));
    }

    [Fact]
    public void DeadLetterQueue_Default_KeepsMessagesFourteenDaysEncrypted()
    {
        var deadLetterQueue = _json.Properties(_json.LogicalId("AWS::SQS::Queue", "DeadLetterQueue"));

        Assert.Equal(14 * 24 * 3600, deadLetterQueue.GetProperty("MessageRetentionPeriod").GetInt32());
        Assert.True(deadLetterQueue.GetProperty("SqsManagedSseEnabled").GetBoolean());
    }

    [Fact]
    public void QueuePolicies_Default_DenyRequestsWithoutTlsOnBothQueues()
    {
        var denied = _json.LogicalIds("AWS::SQS::QueuePolicy")
            .Select(_json.Properties)
            .Where(p => p.GetProperty("PolicyDocument").GetProperty("Statement").EnumerateArray().Any(s =>
                s.GetProperty("Effect").GetString() == "Deny"
                && CdkTemplateJson.Compact(s.GetProperty("Condition")) == """{"Bool":{"aws:SecureTransport":"false"}}"""))
            .SelectMany(p => p.GetProperty("Queues").EnumerateArray().Select(CdkTemplateJson.Compact))
            .ToHashSet();

        Assert.Equal(
            new HashSet<string>
            {
                CdkTemplateJson.RefOf(_json.LogicalId("AWS::SQS::Queue", "WorkQueue")),
                CdkTemplateJson.RefOf(_json.LogicalId("AWS::SQS::Queue", "DeadLetterQueue")),
            },
            denied);
    }

    [Fact]
    public void TokenSecret_Default_HoldsNoValueInTheTemplate()
    {
        var secret = _json.Properties(_json.LogicalId("AWS::SecretsManager::Secret", "TokenSecret"));

        Assert.False(secret.TryGetProperty("SecretString", out _));
        Assert.False(secret.TryGetProperty("GenerateSecretString", out _));
    }

    [Fact]
    public void StateTable_Default_IsOnDemandWithStringKeysTtlRecoveryAndRetained()
    {
        _template.HasResource("AWS::DynamoDB::Table", new Dictionary<string, object>
        {
            ["DeletionPolicy"] = "Retain",
            ["Properties"] = Match.ObjectLike(new Dictionary<string, object>
            {
                ["BillingMode"] = "PAY_PER_REQUEST",
                ["KeySchema"] = new object[]
                {
                    new Dictionary<string, object> { ["AttributeName"] = "pk", ["KeyType"] = "HASH" },
                    new Dictionary<string, object> { ["AttributeName"] = "sk", ["KeyType"] = "RANGE" },
                },
                ["AttributeDefinitions"] = new object[]
                {
                    new Dictionary<string, object> { ["AttributeName"] = "pk", ["AttributeType"] = "S" },
                    new Dictionary<string, object> { ["AttributeName"] = "sk", ["AttributeType"] = "S" },
                },
                ["TimeToLiveSpecification"] = new Dictionary<string, object> { ["AttributeName"] = "ttl", ["Enabled"] = true },
                ["PointInTimeRecoverySpecification"] = new Dictionary<string, object> { ["PointInTimeRecoveryEnabled"] = true },
            }),
        });
    }

    [Fact]
    public void DailyRun_Default_RunsTheSchedulerAt0230UtcWithRetries()
    {
        var rule = _json.Properties(_json.LogicalId("AWS::Events::Rule", "DailyRun"));
        var target = Assert.Single(rule.GetProperty("Targets").EnumerateArray());

        Assert.Equal("cron(30 2 * * ? *)", rule.GetProperty("ScheduleExpression").GetString());
        Assert.Equal(CdkTemplateJson.ArnOf(_json.LogicalId("AWS::Lambda::Function", "Scheduler")), CdkTemplateJson.Compact(target.GetProperty("Arn")));
        Assert.True(target.GetProperty("RetryPolicy").GetProperty("MaximumRetryAttempts").GetInt32() > 0);
        Assert.True(target.GetProperty("RetryPolicy").GetProperty("MaximumEventAgeInSeconds").GetInt32() >= 3600);
    }

    [Fact]
    public void DailyRun_Default_MayInvokeTheScheduler()
    {
        _template.HasResourceProperties("AWS::Lambda::Permission", new Dictionary<string, object>
        {
            ["Action"] = "lambda:InvokeFunction",
            ["Principal"] = "events.amazonaws.com",
            ["FunctionName"] = Match.ObjectLike(new Dictionary<string, object>
            {
                ["Fn::GetAtt"] = new object[] { _json.LogicalId("AWS::Lambda::Function", "Scheduler"), "Arn" },
            }),
        });
    }
}
