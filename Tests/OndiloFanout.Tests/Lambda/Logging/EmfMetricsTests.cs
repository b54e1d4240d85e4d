using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using OndiloFanout.Contracts;
using OndiloFanout.Lambda.Logging;
using Xunit;

namespace OndiloFanout.Tests.Lambda.Logging;

public sealed class EmfMetricsTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _time = new(Now);
    private readonly StringWriter _output = new();

    public void Dispose() => _output.Dispose();

    [Fact]
    public void Flush_OneMetric_WritesExactEmfLine()
    {
        var sut = CreateSut();
        sut.AddMetric(MetricNames.RecordsCollected, 42);

        sut.Flush();

        Assert.Equal(
            "{\"_aws\":{\"Timestamp\":" + Now.ToUnixTimeMilliseconds() + ",\"CloudWatchMetrics\":[{\"Namespace\":\"OndiloFanout\","
            + "\"Dimensions\":[[\"service\"]],\"Metrics\":[{\"Name\":\"RecordsCollected\",\"Unit\":\"Count\"}]}]},"
            + "\"service\":\"fetcher\",\"RecordsCollected\":42}" + Environment.NewLine,
            _output.ToString());
    }

    [Fact]
    public void AddMetric_SameNameTwice_ValuesSummed()
    {
        var sut = CreateSut();
        sut.AddMetric(MetricNames.OndiloApiCalls, 2);
        sut.AddMetric(MetricNames.OndiloApiCalls, 3);

        sut.Flush();

        Assert.Equal(5, Lines().Single().GetProperty(MetricNames.OndiloApiCalls).GetDouble());
    }

    [Fact]
    public void Flush_NoMetrics_WritesNothing()
    {
        var sut = CreateSut();
        sut.AddDimension("pool", "123");

        sut.Flush();

        Assert.Equal("", _output.ToString());
    }

    [Fact]
    public void Flush_Twice_SecondWritesNothing()
    {
        var sut = CreateSut();
        sut.AddMetric(MetricNames.Retries, 1);

        sut.Flush();
        sut.Flush();

        Assert.Single(Lines());
    }

    [Fact]
    public void Flush_Dimension_AddedToSetAndRoot()
    {
        var sut = CreateSut();
        sut.AddDimension("trigger", "schedule");
        sut.AddMetric(MetricNames.QuotaDeferrals, 1);
        sut.AddMetric("LatencyMs", 12.5, MetricUnits.Milliseconds);

        sut.Flush();

        var line = Lines().Single();
        var directive = line.GetProperty("_aws").GetProperty("CloudWatchMetrics")[0];
        Assert.Equal(["service", "trigger"], directive.GetProperty("Dimensions")[0].EnumerateArray().Select(d => d.GetString()));
        Assert.Equal("schedule", line.GetProperty("trigger").GetString());
        Assert.Equal("Milliseconds", directive.GetProperty("Metrics")[1].GetProperty("Unit").GetString());
        Assert.Equal(12.5, line.GetProperty("LatencyMs").GetDouble());
    }

    [Fact]
    public void Flush_MoreThanHundredMetrics_SplitsIntoLinesOfAtMostHundred()
    {
        var sut = CreateSut();
        for (var i = 0; i < 150; i++)
        {
            sut.AddMetric($"M{i}", i);
        }

        sut.Flush();

        var lines = Lines();
        Assert.Equal(2, lines.Count);
        Assert.Equal(100, lines[0].GetProperty("_aws").GetProperty("CloudWatchMetrics")[0].GetProperty("Metrics").GetArrayLength());
        Assert.Equal(50, lines[1].GetProperty("_aws").GetProperty("CloudWatchMetrics")[0].GetProperty("Metrics").GetArrayLength());
        Assert.Equal(149, lines[1].GetProperty("M149").GetDouble());
    }

    [Fact]
    public void Flush_EveryDirectiveMember_HasItsValueAtTheRoot()
    {
        var sut = CreateSut();
        sut.AddDimension("trigger", "manual");
        sut.AddMetric(MetricNames.DeviceDaysCollected, 3);
        sut.AddMetric(MetricNames.DeviceDaysSkipped, 4);

        sut.Flush();

        var line = Lines().Single();
        var directive = line.GetProperty("_aws").GetProperty("CloudWatchMetrics")[0];
        foreach (var dimension in directive.GetProperty("Dimensions")[0].EnumerateArray())
        {
            Assert.Equal(JsonValueKind.String, line.GetProperty(dimension.GetString()!).ValueKind);
        }

        foreach (var metric in directive.GetProperty("Metrics").EnumerateArray())
        {
            Assert.Equal(JsonValueKind.Number, line.GetProperty(metric.GetProperty("Name").GetString()!).ValueKind);
        }
    }

    [Theory]
    [InlineData("count")]
    [InlineData("Apples")]
    public void AddMetric_UnknownUnit_Throws(string unit)
    {
        Assert.Throws<ArgumentException>(() => CreateSut().AddMetric("M", 1, unit));
    }

    [Fact]
    public void AddMetric_DifferentUnitForSameName_Throws()
    {
        var sut = CreateSut();
        sut.AddMetric("M", 1, MetricUnits.Count);

        Assert.Throws<ArgumentException>(() => sut.AddMetric("M", 1, MetricUnits.Seconds));
    }

    [Theory]
    [InlineData("service")]
    [InlineData("_aws")]
    public void AddMetric_ReservedName_Throws(string name)
    {
        Assert.Throws<ArgumentException>(() => CreateSut().AddMetric(name, 1));
    }

    [Fact]
    public void AddMetric_NonFiniteValue_Throws()
    {
        Assert.Throws<ArgumentException>(() => CreateSut().AddMetric("M", double.PositiveInfinity));
    }

    [Fact]
    public void AddDimension_NameUsedByMetric_Throws()
    {
        var sut = CreateSut();
        sut.AddMetric("M", 1);

        Assert.Throws<ArgumentException>(() => sut.AddDimension("M", "x"));
    }

    private EmfMetrics CreateSut() => new(_output, _time, "OndiloFanout", "fetcher");

    private List<JsonElement> Lines() =>
        [.. _output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement)];
}
