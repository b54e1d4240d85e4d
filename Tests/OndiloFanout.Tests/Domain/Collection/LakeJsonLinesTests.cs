using System.Text;
using System.Text.Json;
using CsCheck;
using OndiloFanout.Domain.Collection;
using OndiloFanout.Tests.TestDoubles;
using Xunit;

namespace OndiloFanout.Tests.Domain.Collection;

public sealed class LakeJsonLinesTests
{
    // Every character that some JSON Lines reader takes as a line break, among ordinary text.
    private static readonly Gen<string> Text = Gen.OneOf(
        Gen.Char["abc 'é°€\"\\<>&+`\n\r\t\v\f\u0085\u2028\u2029\u001c\u007f\u00a0"],
        Gen.Char).Array[0, 24].Select(chars => new string(chars));

    [Fact]
    public void Line_NameWithApostropheAndUnitInDegrees_WrittenAsText()
    {
        var record = AwsMeasureRecords.Record(0) with { PoolName = "John's Pool" };

        var line = Encoding.UTF8.GetString(LakeJsonLines.Lines([record]));

        Assert.Contains("\"poolName\":\"John's Pool\"", line, StringComparison.Ordinal);
        Assert.Contains("\"unit\":\"°C\"", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Line_PlainText_SameAsTheCollectionContextWrites()
    {
        // The relaxed writer keeps the context's names and rules: only the escaping of text differs (', ", <, °…).
        var record = AwsMeasureRecords.Record(7) with { Unit = "C", ExclusionReason = "sensor out of the water" };

        Assert.Equal([.. JsonSerializer.SerializeToUtf8Bytes(record, MeasureRecordJsonContext.Default.MeasureRecord), (byte)'\n'], LakeJsonLines.Lines([record]));
    }

    [Fact]
    public void Lines_AnyText_OneLinePerObjectThatReadsBackTheSame() =>
        Gen.Select(Text, Text).Array[1, 4].Sample(names =>
        {
            var records = names.Select((pair, i) => AwsMeasureRecords.Record(i) with { PoolName = pair.Item1, Unit = pair.Item2 }).ToArray();

            var text = Encoding.UTF8.GetString(LakeJsonLines.Lines(records));

            var lines = text.Split('\n');
            Assert.Equal(records.Length + 1, lines.Length);
            Assert.Equal("", lines[^1]);
            Assert.All(lines, line => Assert.DoesNotContain(line, c => c is '\r' or '\u0085' or '\u2028' or '\u2029' or < ' '));
            Assert.Equal(records, lines[..^1].Select(line => JsonSerializer.Deserialize(line, MeasureRecordJsonContext.Default.MeasureRecord)));
        });
}
