using System.Text;
using System.Text.Json;
using OndiloFanout.Cloud.Firehose;
using OndiloFanout.Domain.Collection;
using OndiloFanout.Tests.TestDoubles;
using Xunit;

namespace OndiloFanout.Tests.Cloud.Firehose;

public sealed class FirehoseRecordPackerTests
{
    private const int MaxRecordBytes = 1_000 * 1024;
    private const int MaxSubRecords = 500;

    [Fact]
    public void Pack_LargeDay_FewRecordsUnderLimitHoldingEveryLineInOrder()
    {
        var day = AwsMeasureRecords.Day(6_000, poolNameLength: 1_200);

        // No cap on the count here: this is about bytes.
        var packed = FirehoseRecordPacker.Pack(day.Records, MaxRecordBytes, maxSubRecords: day.Records.Count);

        Assert.All(packed, p => Assert.InRange(p.Length, 1, MaxRecordBytes));
        Assert.All(packed, p => Assert.Equal((byte)'\n', p[^1]));
        var lines = packed.SelectMany(p => Encoding.UTF8.GetString(p).Split('\n', StringSplitOptions.RemoveEmptyEntries)).ToList();
        Assert.Equal(day.Records.Select(r => r.RecordId), lines.Select(l => JsonSerializer.Deserialize(l, MeasureRecordJsonContext.Default.MeasureRecord)!.RecordId));
        // As few as fit: every record but the last is too full to take the next line.
        var total = packed.Sum(p => (long)p.Length);
        Assert.Equal((int)Math.Ceiling(total / (double)MaxRecordBytes), packed.Count);
    }

    [Fact]
    public void Pack_ManySmallRecords_AtMost500SubRecordsEachInOrder()
    {
        // 1,200 small lines fit one record by bytes, but Firehose splits at most 500 sub-records of one record.
        var day = AwsMeasureRecords.Day(1_200);

        var packed = FirehoseRecordPacker.Pack(day.Records, MaxRecordBytes, MaxSubRecords);

        var lines = packed.Select(p => Encoding.UTF8.GetString(p).Split('\n', StringSplitOptions.RemoveEmptyEntries)).ToList();
        Assert.Equal([500, 500, 200], lines.Select(l => l.Length));
        Assert.Equal(day.Records.Select(r => r.RecordId), lines.SelectMany(l => l).Select(l => JsonSerializer.Deserialize(l, MeasureRecordJsonContext.Default.MeasureRecord)!.RecordId));
    }

    [Fact]
    public void Pack_SingleRecordLargerThanLimit_Throws()
    {
        var huge = AwsMeasureRecords.Record(0, poolNameLength: MaxRecordBytes);

        var error = Assert.Throws<InvalidOperationException>(() => FirehoseRecordPacker.Pack([AwsMeasureRecords.Record(1), huge], MaxRecordBytes, MaxSubRecords));

        Assert.Contains(huge.RecordId, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Pack_NameWithApostropheAndUnitInDegrees_WrittenAsText()
    {
        var record = AwsMeasureRecords.Record(0) with { PoolName = "John's Pool" };

        var text = Encoding.UTF8.GetString(Assert.Single(FirehoseRecordPacker.Pack([record], MaxRecordBytes, MaxSubRecords)));

        Assert.Contains("\"poolName\":\"John's Pool\",", text, StringComparison.Ordinal);
        Assert.Contains("\"unit\":\"°C\",", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Pack_NoRecords_Nothing() => Assert.Empty(FirehoseRecordPacker.Pack([], MaxRecordBytes, MaxSubRecords));

    [Fact]
    public void SplitIntoCalls_ManySmallRecords_AtMost500PerCall()
    {
        var records = Enumerable.Range(0, 1_200).Select(_ => new byte[10]).ToList();

        var calls = FirehoseRecordPacker.SplitIntoCalls(records, 500, 4 * 1024 * 1024);

        Assert.Equal([500, 500, 200], calls.Select(c => c.Count));
    }

    [Fact]
    public void SplitIntoCalls_FullRecords_AtMost4MiBPerCall()
    {
        var records = Enumerable.Range(0, 10).Select(_ => new byte[MaxRecordBytes]).ToList();

        var calls = FirehoseRecordPacker.SplitIntoCalls(records, 500, 4 * 1024 * 1024);

        Assert.Equal([4, 4, 2], calls.Select(c => c.Count));
        Assert.All(calls, c => Assert.True(c.Sum(r => r.Length) <= 4 * 1024 * 1024));
    }
}
