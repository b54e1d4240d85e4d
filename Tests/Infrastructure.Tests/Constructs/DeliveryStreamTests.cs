using System.Text.Json;
using OndiloFanout.Infrastructure.Tests.TestDoubles;

namespace OndiloFanout.Infrastructure.Tests.Constructs;

/// <summary>The Firehose stream of the default stack: partitioning, processors, buffering, logging.</summary>
[Collection(CdkDefaultStackCollection.Name)]
public sealed class DeliveryStreamTests(CdkDefaultStackFixture fixture)
{
    private readonly CdkTemplateJson _json = fixture.Stack.Json;

    private JsonElement Destination =>
        _json.Properties(_json.LogicalId("AWS::KinesisFirehose::DeliveryStream", "DeliveryStream")).GetProperty("ExtendedS3DestinationConfiguration");

    [Fact]
    public void Prefix_Default_PartitionsByDeviceYearMonthDay()
    {
        Assert.Equal(
            "deviceId=!{partitionKeyFromQuery:deviceId}/year=!{partitionKeyFromQuery:year}/month=!{partitionKeyFromQuery:month}/day=!{partitionKeyFromQuery:day}/",
            Destination.GetProperty("Prefix").GetString());
        Assert.Equal(
            "errors/!{firehose:error-output-type}/year=!{timestamp:yyyy}/month=!{timestamp:MM}/day=!{timestamp:dd}/",
            Destination.GetProperty("ErrorOutputPrefix").GetString());
    }

    [Fact]
    public void Destination_Default_WritesToTheDataBucketWithItsOwnRole()
    {
        Assert.Equal(CdkTemplateJson.ArnOf(_json.LogicalId("AWS::S3::Bucket", "DataBucket")), CdkTemplateJson.Compact(Destination.GetProperty("BucketARN")));
        Assert.Equal(CdkTemplateJson.ArnOf(_json.LogicalId("AWS::IAM::Role", "DeliveryStreamRole")), CdkTemplateJson.Compact(Destination.GetProperty("RoleARN")));
    }

    [Fact]
    public void Processors_Default_DeaggregateExtractKeysAndAppendNewlines()
    {
        var processors = Destination.GetProperty("ProcessingConfiguration");

        Assert.True(processors.GetProperty("Enabled").GetBoolean());
        Assert.Equal(
            """
            [{"Parameters":[{"ParameterName":"SubRecordType","ParameterValue":"JSON"}],"Type":"RecordDeAggregation"},
            {"Parameters":[{"ParameterName":"MetadataExtractionQuery","ParameterValue":"{deviceId:.deviceId,year:.year,month:.month,day:.day}"},{"ParameterName":"JsonParsingEngine","ParameterValue":"JQ-1.6"}],"Type":"MetadataExtraction"},
            {"Parameters":[{"ParameterName":"Delimiter","ParameterValue":"\\n"}],"Type":"AppendDelimiterToRecord"}]
            """.ReplaceLineEndings(""),
            CdkTemplateJson.Compact(processors.GetProperty("Processors")));
    }

    [Fact]
    public void DynamicPartitioning_Default_IsEnabledWithTheMinimumBufferItAllows()
    {
        Assert.True(Destination.GetProperty("DynamicPartitioningConfiguration").GetProperty("Enabled").GetBoolean());
        Assert.Equal(64, Destination.GetProperty("BufferingHints").GetProperty("SizeInMBs").GetInt32());
        Assert.InRange(Destination.GetProperty("BufferingHints").GetProperty("IntervalInSeconds").GetInt32(), 60, 900);
    }

    [Fact]
    public void Compression_Default_IsNoneWithJsonLinesObjects()
    {
        Assert.Equal("UNCOMPRESSED", Destination.GetProperty("CompressionFormat").GetString());
        Assert.Equal(".jsonl", Destination.GetProperty("FileExtension").GetString());
    }

    [Fact]
    public void Logging_Default_SendsDeliveryErrorsToALogGroupKeptNinetyDays()
    {
        var logging = Destination.GetProperty("CloudWatchLoggingOptions");
        var logGroup = _json.LogicalId("AWS::Logs::LogGroup", "DeliveryStream");
        var logStream = _json.Properties(Assert.Single(_json.LogicalIds("AWS::Logs::LogStream")));

        Assert.True(logging.GetProperty("Enabled").GetBoolean());
        Assert.Equal(CdkTemplateJson.RefOf(logGroup), CdkTemplateJson.Compact(logging.GetProperty("LogGroupName")));
        Assert.Equal(logging.GetProperty("LogStreamName").GetString(), logStream.GetProperty("LogStreamName").GetString());
        Assert.Equal(90, _json.Properties(logGroup).GetProperty("RetentionInDays").GetInt32());
    }

    [Fact]
    public void Stream_Default_IsCreatedAfterItsRolePolicy()
    {
        var dependsOn = _json.ResourceSection.GetProperty(_json.LogicalId("AWS::KinesisFirehose::DeliveryStream", "DeliveryStream")).GetProperty("DependsOn");

        var policy = Assert.Single(_json.LogicalIds("AWS::IAM::Policy"), id => _json.Properties(id).GetProperty("Roles").EnumerateArray()
            .Any(r => CdkTemplateJson.Compact(r) == CdkTemplateJson.RefOf(_json.LogicalId("AWS::IAM::Role", "DeliveryStreamRole"))));

        Assert.Contains(policy, dependsOn.EnumerateArray().Select(d => d.GetString()));
    }
}
