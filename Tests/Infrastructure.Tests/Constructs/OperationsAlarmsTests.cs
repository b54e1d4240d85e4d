using System.Text.Json;
using OndiloFanout.Infrastructure.Tests.TestDoubles;

namespace OndiloFanout.Infrastructure.Tests.Constructs;

/// <summary>The alarms of the default stack and the topic they notify.</summary>
[Collection(CdkDefaultStackCollection.Name)]
public sealed class OperationsAlarmsTests(CdkDefaultStackFixture fixture)
{
    private readonly CdkTemplateJson _json = fixture.Stack.Json;

    [Fact]
    public void Alarms_Default_AllNotifyTheTopic()
    {
        var topic = CdkTemplateJson.RefOf(Assert.Single(_json.LogicalIds("AWS::SNS::Topic")));

        Assert.All(_json.LogicalIds("AWS::CloudWatch::Alarm"), alarm =>
            Assert.Equal($"[{topic}]", CdkTemplateJson.Compact(_json.Properties(alarm).GetProperty("AlarmActions"))));
    }

    [Fact]
    public void DeadLetterQueueAlarm_Default_FiresOnOneVisibleMessage()
    {
        var alarm = Alarm("DeadLetterQueueNotEmpty");

        Assert.Equal("AWS/SQS", alarm.GetProperty("Namespace").GetString());
        Assert.Equal("ApproximateNumberOfMessagesVisible", alarm.GetProperty("MetricName").GetString());
        Assert.Equal(
            $$$"""[{"Name":"QueueName","Value":{"Fn::GetAtt":["{{{_json.LogicalId("AWS::SQS::Queue", "DeadLetterQueue")}}}","QueueName"]}}]""",
            CdkTemplateJson.Compact(alarm.GetProperty("Dimensions")));
        Assert.Equal("GreaterThanOrEqualToThreshold", alarm.GetProperty("ComparisonOperator").GetString());
        Assert.Equal(1, alarm.GetProperty("Threshold").GetDouble());
    }

    [Fact]
    public void NoRecordsAlarm_Default_FiresAfter36HoursWithoutRecordsCountingMissingDataAsBreaching()
    {
        var alarm = FunctionsAlarm("NoRecordsCollected", "RecordsCollected", "Sum");

        Assert.Equal("LessThanThreshold", alarm.GetProperty("ComparisonOperator").GetString());
        Assert.Equal(36 * 3600, alarm.GetProperty("Period").GetInt32() * alarm.GetProperty("EvaluationPeriods").GetInt32());
        Assert.Equal("breaching", alarm.GetProperty("TreatMissingData").GetString());
    }

    [Fact]
    public void HistoryExpiringAlarm_Default_FiresWhenAPoolsHistoryLeavesWithinThreeDays()
    {
        var alarm = FunctionsAlarm("HistoryExpiring", "HistoryExpiryDays", "Minimum");

        Assert.Equal(86400, alarm.GetProperty("Period").GetInt32());
        Assert.Equal("LessThanThreshold", alarm.GetProperty("ComparisonOperator").GetString());
        Assert.Equal(3, alarm.GetProperty("Threshold").GetDouble());
        // Like the scheduler's other alarm: a day without a daily run is SchedulerErrors' and NoRecordsCollected's to report.
        Assert.Equal("notBreaching", alarm.GetProperty("TreatMissingData").GetString());
    }

    [Theory]
    [InlineData("DeviceFetcherErrors", "DeviceFetcher")]
    [InlineData("SchedulerErrors", "Scheduler")]
    public void ErrorAlarm_Default_WatchesThatFunctionsErrors(string alarmName, string function)
    {
        var alarm = Alarm(alarmName);

        Assert.Equal("AWS/Lambda", alarm.GetProperty("Namespace").GetString());
        Assert.Equal("Errors", alarm.GetProperty("MetricName").GetString());
        Assert.Equal(
            $$"""[{"Name":"FunctionName","Value":{{CdkTemplateJson.RefOf(_json.LogicalId("AWS::Lambda::Function", function))}}}]""",
            CdkTemplateJson.Compact(alarm.GetProperty("Dimensions")));
    }

    [Theory]
    [InlineData("DeliveryToS3Failed", "DeliveryToS3.Success", "LessThanThreshold")]
    [InlineData("PartitionCountExceeded", "PartitionCountExceeded", "GreaterThanOrEqualToThreshold")]
    public void FirehoseAlarm_Default_WatchesTheStream(string alarmName, string metric, string comparison)
    {
        var alarm = Alarm(alarmName);

        Assert.Equal("AWS/Firehose", alarm.GetProperty("Namespace").GetString());
        Assert.Equal(metric, alarm.GetProperty("MetricName").GetString());
        Assert.Equal(comparison, alarm.GetProperty("ComparisonOperator").GetString());
        Assert.Equal(
            $$"""[{"Name":"DeliveryStreamName","Value":{{CdkTemplateJson.RefOf(_json.LogicalId("AWS::KinesisFirehose::DeliveryStream", "DeliveryStream"))}}}]""",
            CdkTemplateJson.Compact(alarm.GetProperty("Dimensions")));
    }

    [Fact]
    public void DeliveryErrorsAlarm_Default_FiresOnAnyEventInTheStreamsErrorLog()
    {
        var alarm = Alarm("DeliveryErrorsLogged");
        var errorLog = _json.LogicalId("AWS::Logs::LogGroup", "DeliveryStream");

        Assert.Equal("AWS/Logs", alarm.GetProperty("Namespace").GetString());
        Assert.Equal("IncomingLogEvents", alarm.GetProperty("MetricName").GetString());
        Assert.Equal($$"""[{"Name":"LogGroupName","Value":{{CdkTemplateJson.RefOf(errorLog)}}}]""", CdkTemplateJson.Compact(alarm.GetProperty("Dimensions")));
        Assert.Equal("Sum", alarm.GetProperty("Statistic").GetString());
        Assert.Equal("GreaterThanOrEqualToThreshold", alarm.GetProperty("ComparisonOperator").GetString());
        Assert.Equal(1, alarm.GetProperty("Threshold").GetDouble());
        Assert.Equal("notBreaching", alarm.GetProperty("TreatMissingData").GetString());
        // The same group the stream logs its errors to.
        var logging = _json.Properties(_json.LogicalId("AWS::KinesisFirehose::DeliveryStream", "DeliveryStream"))
            .GetProperty("ExtendedS3DestinationConfiguration").GetProperty("CloudWatchLoggingOptions");
        Assert.Equal(CdkTemplateJson.RefOf(errorLog), CdkTemplateJson.Compact(logging.GetProperty("LogGroupName")));
    }

    [Fact]
    public void Topic_Default_DeniesPublishingWithoutTls()
    {
        var policy = _json.Properties(Assert.Single(_json.LogicalIds("AWS::SNS::TopicPolicy")));

        Assert.Contains(
            policy.GetProperty("PolicyDocument").GetProperty("Statement").EnumerateArray(),
            s => s.GetProperty("Effect").GetString() == "Deny"
                && CdkTemplateJson.Compact(s.GetProperty("Condition")) == """{"Bool":{"aws:SecureTransport":"false"}}""");
    }

    [Fact]
    public void TopicPolicy_Default_LetsThisAccountsCloudWatchAlarmsPublishOverTls()
    {
        var topic = CdkTemplateJson.RefOf(Assert.Single(_json.LogicalIds("AWS::SNS::Topic")));
        var policy = _json.Properties(Assert.Single(_json.LogicalIds("AWS::SNS::TopicPolicy")));
        var statements = policy.GetProperty("PolicyDocument").GetProperty("Statement").EnumerateArray().ToList();

        Assert.Equal($"[{topic}]", CdkTemplateJson.Compact(policy.GetProperty("Topics")));
        var allow = Assert.Single(statements, s => s.GetProperty("Effect").GetString() == "Allow");
        Assert.Equal("""{"Service":"cloudwatch.amazonaws.com"}""", CdkTemplateJson.Compact(allow.GetProperty("Principal")));
        Assert.Equal("sns:Publish", allow.GetProperty("Action").GetString());
        Assert.Equal(topic, CdkTemplateJson.Compact(allow.GetProperty("Resource")));
        Assert.Equal("""{"StringEquals":{"aws:SourceAccount":{"Ref":"AWS::AccountId"}}}""", CdkTemplateJson.Compact(allow.GetProperty("Condition")));
        // CloudWatch publishes over TLS: the only Deny must not apply to it.
        Assert.All(statements.Where(s => s.GetProperty("Effect").GetString() == "Deny"), deny =>
            Assert.Equal("""{"Bool":{"aws:SecureTransport":"false"}}""", CdkTemplateJson.Compact(deny.GetProperty("Condition"))));
    }

    // An alarm on one of the functions' metrics: their namespace, their service dimension.
    private JsonElement FunctionsAlarm(string name, string metric, string statistic)
    {
        var alarm = Alarm(name);
        Assert.Equal("OndiloFanout", alarm.GetProperty("Namespace").GetString());
        Assert.Equal(metric, alarm.GetProperty("MetricName").GetString());
        Assert.Equal("""[{"Name":"service","Value":"ondilo-fanout"}]""", CdkTemplateJson.Compact(alarm.GetProperty("Dimensions")));
        Assert.Equal(statistic, alarm.GetProperty("Statistic").GetString());
        return alarm;
    }

    private JsonElement Alarm(string name) => _json.Properties(_json.LogicalId("AWS::CloudWatch::Alarm", "Alarms" + name));
}
