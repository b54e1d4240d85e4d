using System.Text;
using System.Text.Json;
using OndiloFanout.Cloud;
using OndiloFanout.Cloud.Firehose;
using OndiloFanout.Domain.Collection;
using OndiloFanout.Tests.TestDoubles;
using Xunit;
using Record = OndiloFanout.Cloud.Firehose.Record;

namespace OndiloFanout.Tests.Cloud.Firehose;

public sealed class FirehoseRecordSinkTests : AwsStubTestBase
{
    [Fact]
    public async Task PutRecordBatchAsync_Records_ExactWireFormat()
    {
        Stub.Answer(200, """{"FailedPutCount":0,"Encrypted":true,"RequestResponses":[{"RecordId":"r1"},{"RecordId":"r2"}]}""");
        var client = new FirehoseClient(AwsTestClients.Create(Http, Stub.Endpoint, AwsServiceDescriptor.Firehose, Time));

        var response = await Time.RunAsync(client.PutRecordBatchAsync(
            new PutRecordBatchRequest
            {
                DeliveryStreamName = "lake",
                Records = [new Record { Data = new MemoryStream("{\"a\":1}\n"u8.ToArray()) }, new Record { Data = new MemoryStream([0xff, 0]) }],
            },
            CancellationToken.None));

        var request = Assert.Single(Stub.Requests);
        Assert.Equal("Firehose_20150804.PutRecordBatch", request.Headers["X-Amz-Target"]);
        Assert.Equal("application/x-amz-json-1.1", request.Headers["Content-Type"]);
        Assert.Contains("/firehose/aws4_request", request.Headers["Authorization"], StringComparison.Ordinal);
        Assert.Equal("""{"DeliveryStreamName":"lake","Records":[{"Data":"eyJhIjoxfQo="},{"Data":"/wA="}]}""", request.BodyText);
        Assert.True(response.Encrypted);
        Assert.Equal(["r1", "r2"], response.RequestResponses.Select(r => r.RecordId));
    }

    [Fact]
    public async Task WriteAsync_PartialFailure_ResendsOnlyFailedIndexes()
    {
        Stub.Answer(200, """
            {"FailedPutCount":2,"Encrypted":false,"RequestResponses":[
              {"RecordId":"a"},{"ErrorCode":"ServiceUnavailableException","ErrorMessage":"busy"},
              {"RecordId":"c"},{"ErrorCode":"InternalFailure","ErrorMessage":"oops"}]}
            """)
            .Answer(200, """{"FailedPutCount":0,"RequestResponses":[{"RecordId":"b"},{"RecordId":"d"}]}""");
        var day = AwsMeasureRecords.Day(4);

        await Time.RunAsync(CreateSut().WriteAsync(day, CancellationToken.None));

        Assert.Equal(2, Stub.Requests.Count);
        Assert.Equal(["12-temperature-0", "12-temperature-1", "12-temperature-2", "12-temperature-3"], SentRecordIds(Stub.Requests[0]));
        Assert.Equal(["12-temperature-1", "12-temperature-3"], SentRecordIds(Stub.Requests[1]));
        Assert.Equal([TimeSpan.FromMilliseconds(50)], Time.Delays);
    }

    [Fact]
    public async Task WriteAsync_PersistentFailure_ThrowsNamingCountAndCodes()
    {
        Stub.Answer(200, """{"FailedPutCount":1,"RequestResponses":[{"RecordId":"a"},{"ErrorCode":"ServiceUnavailableException","ErrorMessage":"busy"}]}""")
            .Answer(200, """{"FailedPutCount":1,"RequestResponses":[{"ErrorCode":"ServiceUnavailableException","ErrorMessage":"busy"}]}""");
        var sut = CreateSut(new FirehoseRecordSinkOptions { MaxRecordBytes = OneRecordBytes, Retry = AwsTestClients.Retry with { MaxAttempts = 2 } });

        var error = await Assert.ThrowsAsync<FirehoseDeliveryException>(() => Time.RunAsync(sut.WriteAsync(AwsMeasureRecords.Day(2), CancellationToken.None)));

        Assert.Equal(1, error.FailedRecordCount);
        Assert.Equal(["ServiceUnavailableException"], error.ErrorCodes);
        Assert.Contains("ServiceUnavailableException", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, Stub.Requests.Count);
    }

    [Fact]
    public async Task WriteAsync_AnswerNotMatchingRequest_ResendsEveryRecord()
    {
        Stub.Answer(200, """{"FailedPutCount":1,"RequestResponses":[{"ErrorCode":"InternalFailure"}]}""")
            .Answer(200, """{"FailedPutCount":0,"RequestResponses":[{"RecordId":"a"},{"RecordId":"b"}]}""");

        await Time.RunAsync(CreateSut().WriteAsync(AwsMeasureRecords.Day(2), CancellationToken.None));

        Assert.Equal(2, Stub.Requests.Count);
        Assert.Equal(SentRecordIds(Stub.Requests[0]), SentRecordIds(Stub.Requests[1]));
    }

    [Fact]
    public async Task WriteAsync_LargeDay_CallsWithinLimitsHoldingEveryRecordOnce()
    {
        var day = AwsMeasureRecords.Day(12_000, poolNameLength: 400);
        var options = new FirehoseRecordSinkOptions();
        var expectedCalls = FirehoseRecordPacker.SplitIntoCalls(
            FirehoseRecordPacker.Pack(day.Records, options.MaxRecordBytes, options.MaxSubRecordsPerRecord), options.MaxRecordsPerCall, options.MaxBytesPerCall);
        foreach (var call in expectedCalls)
        {
            var entries = string.Join(',', Enumerable.Repeat("""{"RecordId":"x"}""", call.Count));
            Stub.Answer(200, $$"""{"FailedPutCount":0,"RequestResponses":[{{entries}}]}""");
        }

        await Time.RunAsync(new FirehoseRecordSink(new FirehoseClient(CreateClient()), "lake", Time, options).WriteAsync(day, CancellationToken.None));

        var calls = Stub.Requests.Select(SentData).ToList();
        // More than one call: the day's 24 packed records exceed the 4 MiB a call may carry.
        Assert.Equal(expectedCalls.Count, calls.Count);
        Assert.True(calls.Count > 1, $"{calls.Count} calls");
        Assert.Equal(12_000 / 500, calls.Sum(c => c.Count));
        Assert.All(calls, call => Assert.InRange(call.Count, 1, 500));
        Assert.All(calls, call => Assert.True(call.Sum(d => d.Length) <= 4 * 1024 * 1024));
        Assert.All(calls.SelectMany(c => c), data => Assert.True(data.Length <= 1_000 * 1024));
        Assert.Equal(day.Records.Select(r => r.RecordId), Stub.Requests.SelectMany(SentRecordIds));
    }

    [Fact]
    public async Task WriteAsync_ManySmallRecordsWithDefaults_NoFirehoseRecordHoldsMoreThan500()
    {
        Stub.Answer(200, """{"FailedPutCount":0,"RequestResponses":[{"RecordId":"a"},{"RecordId":"b"},{"RecordId":"c"}]}""");
        var day = AwsMeasureRecords.Day(1_200);

        await Time.RunAsync(CreateSut(new FirehoseRecordSinkOptions { Retry = AwsTestClients.Retry }).WriteAsync(day, CancellationToken.None));

        var records = SentData(Assert.Single(Stub.Requests));
        Assert.All(records, data => Assert.InRange(Encoding.UTF8.GetString(data).Count(c => c == '\n'), 1, 500));
        Assert.Equal(day.Records.Select(r => r.RecordId), SentRecordIds(Stub.Requests[0]));
    }

    [Fact]
    public async Task WriteAsync_WholeCallThrottled_ClientRetriesThenSucceeds()
    {
        Stub.Answer(400, """{"__type":"LimitExceededException","message":"slow down"}""")
            .Answer(200, """{"FailedPutCount":0,"RequestResponses":[{"RecordId":"a"}]}""");

        await Time.RunAsync(CreateSut().WriteAsync(AwsMeasureRecords.Day(1), CancellationToken.None));

        Assert.Equal(2, Stub.Requests.Count);
    }

    [Fact]
    public async Task WriteAsync_OversizedRecord_ThrowsAndSendsNothing()
    {
        var sut = CreateSut(new FirehoseRecordSinkOptions { MaxRecordBytes = 100 });

        await Assert.ThrowsAsync<InvalidOperationException>(() => sut.WriteAsync(AwsMeasureRecords.Day(3), CancellationToken.None));

        Assert.Empty(Stub.Requests);
    }

    [Fact]
    public async Task WriteAsync_NoRecords_NoCall()
    {
        await CreateSut().WriteAsync(AwsMeasureRecords.Day(0), CancellationToken.None);

        Assert.Empty(Stub.Requests);
    }

    // One lake record per Firehose record (room for one line, not two), so indexes map to records.
    private static readonly int OneRecordBytes = LakeJsonLines.Lines([AwsMeasureRecords.Record(0)]).Length * 3 / 2;

    private FirehoseRecordSink CreateSut(FirehoseRecordSinkOptions? options = null) =>
        new(new FirehoseClient(CreateClient()), "lake", Time, options ?? new FirehoseRecordSinkOptions { MaxRecordBytes = OneRecordBytes, Retry = AwsTestClients.Retry });

    private OndiloFanout.Cloud.AwsJsonClient CreateClient() => AwsTestClients.Create(Http, Stub.Endpoint, AwsServiceDescriptor.Firehose, Time);

    private static List<byte[]> SentData(RecordedRequest request)
    {
        using var body = JsonDocument.Parse(request.Body);
        Assert.Equal("lake", body.RootElement.GetProperty("DeliveryStreamName").GetString());
        return body.RootElement.GetProperty("Records").EnumerateArray().Select(r => r.GetProperty("Data").GetBytesFromBase64()).ToList();
    }

    private static List<string> SentRecordIds(RecordedRequest request) =>
        SentData(request)
            .SelectMany(d => Encoding.UTF8.GetString(d).Split('\n', StringSplitOptions.RemoveEmptyEntries))
            .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("recordId").GetString()!)
            .ToList();
}
