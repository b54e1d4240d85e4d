using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using OndiloFanout.Lambda;
using Xunit;

namespace OndiloFanout.Tests.Lambda;

public sealed class LambdaJsonContextTests
{
    [Theory]
    [InlineData("sqs-event.json")]
    [InlineData("sqs-batch-response.json")]
    [InlineData("scheduled-event.json")]
    [InlineData("lambda-error.json")]
    public void Serialize_GoldenFixture_RoundTripsUnchanged(string fixture)
    {
        var json = ReadFixture(fixture);

        var roundTripped = fixture switch
        {
            "sqs-event.json" => RoundTrip(json, LambdaJsonContext.Default.SQSEvent),
            "sqs-batch-response.json" => RoundTrip(json, LambdaJsonContext.Default.SQSBatchResponse),
            "scheduled-event.json" => RoundTrip(json, LambdaJsonContext.Default.ScheduledEvent),
            _ => RoundTrip(json, LambdaJsonContext.Default.LambdaError),
        };

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(json), JsonNode.Parse(roundTripped)), roundTripped);
    }

    [Fact]
    public void Deserialize_SqsEvent_ReadsWireNames()
    {
        var sqsEvent = JsonSerializer.Deserialize(ReadFixture("sqs-event.json"), LambdaJsonContext.Default.SQSEvent)!;

        Assert.Equal(2, sqsEvent.Records.Count);
        var first = sqsEvent.Records[0];
        Assert.Equal("059f36b4-87a3-44ab-83d2-661975830a7d", first.MessageId);
        Assert.Equal("AQEBwJnKyrHigUMZj6rYigCgxlaS3SLy0a...", first.ReceiptHandle);
        Assert.Equal("Test message.", first.Body);
        Assert.Equal("1", first.Attributes["ApproximateReceiveCount"]);
        Assert.Equal("myValue", first.MessageAttributes["myAttribute"].StringValue);
        Assert.Equal("String", first.MessageAttributes["myAttribute"].DataType);
        Assert.Equal("e4e68fb7bd0e697a0ae8f1bb342846b3", first.Md5OfBody);
        Assert.Equal("aws:sqs", first.EventSource);
        Assert.Equal("arn:aws:sqs:us-east-2:123456789012:my-queue", first.EventSourceArn);
        Assert.Equal("us-east-2", first.AwsRegion);
        Assert.Equal("3", sqsEvent.Records[1].Attributes["ApproximateReceiveCount"]);
        Assert.Empty(sqsEvent.Records[1].MessageAttributes);
    }

    [Fact]
    public void Deserialize_ScheduledEvent_ReadsHyphenatedDetailTypeAndUtcTime()
    {
        var scheduled = JsonSerializer.Deserialize(ReadFixture("scheduled-event.json"), LambdaJsonContext.Default.ScheduledEvent)!;

        Assert.Equal(ScheduledEvent.ScheduledDetailType, scheduled.DetailType);
        Assert.Equal("aws.events", scheduled.Source);
        Assert.Equal(new DateTime(2015, 10, 8, 16, 53, 6, DateTimeKind.Utc), scheduled.Time);
        Assert.Equal(DateTimeKind.Utc, scheduled.Time.Kind);
        Assert.Equal(["arn:aws:events:us-east-1:123456789012:rule/my-scheduled-rule"], scheduled.Resources);
        Assert.Equal(JsonValueKind.Object, scheduled.Detail!.Value.ValueKind);
    }

    [Fact]
    public void Serialize_BatchResponse_WritesExactWireShape()
    {
        var response = new SQSBatchResponse { BatchItemFailures = [new() { ItemIdentifier = "m-1" }] };

        var json = JsonSerializer.Serialize(response, LambdaJsonContext.Default.SQSBatchResponse);

        Assert.Equal("""{"batchItemFailures":[{"itemIdentifier":"m-1"}]}""", json);
    }

    [Fact]
    public void Serialize_EmptyBatchResponse_WritesEmptyList()
    {
        var json = JsonSerializer.Serialize(new SQSBatchResponse { BatchItemFailures = [] }, LambdaJsonContext.Default.SQSBatchResponse);

        Assert.Equal("""{"batchItemFailures":[]}""", json);
    }

    [Fact]
    public void Deserialize_SqsMessageWithoutMessageId_Throws()
    {
        const string json = """{"Records":[{"body":"x"}]}""";

        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, LambdaJsonContext.Default.SQSEvent));
    }

    private static string RoundTrip<T>(string json, JsonTypeInfo<T> typeInfo) =>
        JsonSerializer.Serialize(JsonSerializer.Deserialize(json, typeInfo)!, typeInfo);

    internal static string ReadFixture(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "lambda", name));
}
