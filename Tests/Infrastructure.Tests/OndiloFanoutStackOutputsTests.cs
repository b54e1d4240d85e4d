using OndiloFanout.Infrastructure.Tests.TestDoubles;

namespace OndiloFanout.Infrastructure.Tests;

/// <summary>The outputs of the default stack: names, URLs and the operator's commands.</summary>
[Collection(CdkDefaultStackCollection.Name)]
public sealed class OndiloFanoutStackOutputsTests(CdkDefaultStackFixture fixture)
{
    private readonly CdkTemplateJson _json = fixture.Stack.Json;

    [Theory]
    [InlineData("DataBucketName", "AWS::S3::Bucket", "DataBucket")]
    [InlineData("WorkQueueUrl", "AWS::SQS::Queue", "WorkQueue")]
    [InlineData("DeadLetterQueueUrl", "AWS::SQS::Queue", "DeadLetterQueue")]
    [InlineData("SchedulerFunctionName", "AWS::Lambda::Function", "Scheduler")]
    [InlineData("DeviceFetcherFunctionName", "AWS::Lambda::Function", "DeviceFetcher")]
    [InlineData("DeliveryStreamName", "AWS::KinesisFirehose::DeliveryStream", "DeliveryStream")]
    [InlineData("StateTableName", "AWS::DynamoDB::Table", "StateTable")]
    [InlineData("AlarmTopicArn", "AWS::SNS::Topic", "AlarmsTopic")]
    public void Output_Default_RefersToTheResource(string output, string type, string resource)
    {
        Assert.Equal(CdkTemplateJson.RefOf(_json.LogicalId(type, resource)), Value(output));
    }

    [Fact]
    public void DataLocation_Default_IsTheBucketRoot()
    {
        Assert.Equal($$"""{"Fn::Join":["",["s3://",{{CdkTemplateJson.RefOf(_json.LogicalId("AWS::S3::Bucket", "DataBucket"))}},"/"]]}""", Value("DataLocation"));
    }

    [Fact]
    public void MonthBackfillCommand_Default_InvokesTheSchedulerWithTheMonthPayload()
    {
        var scheduler = CdkTemplateJson.RefOf(_json.LogicalId("AWS::Lambda::Function", "Scheduler"));

        Assert.Equal(
            $$"""{"Fn::Join":["",["aws lambda invoke --function-name ",{{scheduler}}," --payload '{\"month\":\"true\"}' --cli-binary-format raw-in-base64-out result.json"]]}""",
            Value("MonthBackfillCommand"));
    }

    [Fact]
    public void LoginCommand_Default_NamesTheTokenSecret()
    {
        var secretName = Value("TokenSecretName");

        Assert.Contains(CdkTemplateJson.RefOf(_json.LogicalId("AWS::SecretsManager::Secret", "TokenSecret")), secretName, StringComparison.Ordinal);
        Assert.Equal($$"""{"Fn::Join":["",["ondilo-fanout login --secret-id ",{{secretName}}]]}""", Value("LoginCommand"));
    }

    private string Value(string output) => CdkTemplateJson.Compact(_json.OutputSection.GetProperty(output).GetProperty("Value"));
}
