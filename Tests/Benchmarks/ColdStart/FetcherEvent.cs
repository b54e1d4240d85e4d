using System.Globalization;
using System.Text;
using System.Text.Json;
using OndiloFanout.Domain.Collection;
using OndiloFanout.Domain.Pools;

namespace OndiloFanout.Benchmarks.ColdStart;

/// <summary>The SQS event Lambda hands the fetcher: one batch of device-day messages, as the event source mapping sends it.</summary>
internal static class FetcherEvent
{
    /// <summary>
    /// <paramref name="count"/> messages for the last <paramref name="count"/> complete days of one pool, all carrying
    /// the <c>month</c> window (a month backfill): the first reads the window and writes every day, the rest find their day done.
    /// </summary>
    public static string MonthBatch(long poolId, IReadOnlyList<string> types, DateOnly yesterday, int count)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteStartArray("Records");
            for (var i = 0; i < count; i++)
            {
                var body = WorkMessageCodec.Serialize(new WorkMessage
                {
                    Version = WorkMessage.CurrentVersion,
                    RunId = "benchmark",
                    PoolId = poolId,
                    Day = yesterday.AddDays(-i),
                    Types = types,
                    Window = MeasurePeriod.Month,
                });
                json.WriteStartObject();
                json.WriteString("messageId", string.Create(CultureInfo.InvariantCulture, $"message-{i}"));
                json.WriteString("receiptHandle", string.Create(CultureInfo.InvariantCulture, $"receipt-{i}"));
                json.WriteString("body", body);
                json.WriteStartObject("attributes");
                json.WriteString("ApproximateReceiveCount", "1");
                json.WriteEndObject();
                json.WriteStartObject("messageAttributes");
                json.WriteEndObject();
                json.WriteString("eventSource", "aws:sqs");
                json.WriteString("eventSourceARN", "arn:aws:sqs:us-east-1:123456789012:bench-work");
                json.WriteString("awsRegion", "us-east-1");
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
