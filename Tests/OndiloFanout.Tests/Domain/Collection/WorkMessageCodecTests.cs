using CsCheck;
using OndiloFanout.Domain.Collection;
using OndiloFanout.Domain.Pools;
using Xunit;

namespace OndiloFanout.Tests.Domain.Collection;

public sealed class WorkMessageCodecTests
{
    private static readonly string Golden = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "messages", "work-message-v1.json")).Trim();

    [Fact]
    public void Serialize_MatchesTheGoldenBody()
    {
        var message = new WorkMessage
        {
            Version = 1,
            RunId = "20261125T023000Z-a1b2c3",
            PoolId = 234,
            PoolName = "John's Pool",
            Day = new DateOnly(2026, 11, 24),
            Types = ["temperature", "ph", "orp", "salt", "battery", "rssi"],
            Window = MeasurePeriod.Week,
            DeferCount = 2,
            NotBefore = new DateTimeOffset(2026, 11, 25, 4, 0, 17, TimeSpan.Zero),
        };

        Assert.Equal(Golden, WorkMessageCodec.Serialize(message));
    }

    [Fact]
    public void TryParse_GoldenBody_RoundTrips()
    {
        Assert.True(WorkMessageCodec.TryParse(Golden, out var message, out var problem), problem);

        Assert.Equal(Golden, WorkMessageCodec.Serialize(message!));
    }

    [Fact]
    public void Serialize_FailureState_RoundTripsAndLeavesTheGoldenFieldsAsTheyWere()
    {
        Assert.True(WorkMessageCodec.TryParse(Golden, out var golden, out _));
        var failed = golden! with { Failures = 3, LastError = "IOException: the delivery stream is down", DeadLetteredAt = new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero) };

        var body = WorkMessageCodec.Serialize(failed);

        Assert.StartsWith(Golden[..^1], body, StringComparison.Ordinal);
        Assert.True(WorkMessageCodec.TryParse(body, out var read, out var problem), problem);
        Assert.Equal((3, failed.LastError, failed.DeadLetteredAt), (read!.Failures, read.LastError, read.DeadLetteredAt));
    }

    [Fact]
    public void TryParse_MinimalBody_TakesDefaults()
    {
        Assert.True(WorkMessageCodec.TryParse("""{"v":1,"runId":"r","poolId":5,"day":"2026-11-24","types":["ph"]}""", out var message, out _));

        Assert.Equal(0, message!.DeferCount);
        Assert.Equal(0, message.Failures);
        Assert.Null(message.DeadLetteredAt);
        Assert.Null(message.Window);
        Assert.False(message.Force);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("not json", "not a valid work message")]
    [InlineData("[1]", "not a JSON object")]
    [InlineData("""{"runId":"r"}""", "no version")]
    [InlineData("""{"v":2,"runId":"r","poolId":5,"day":"2026-11-24","types":["ph"]}""", "version 2")]
    [InlineData("""{"v":"1","runId":"r"}""", "no version")]
    [InlineData("""{"v":1,"runId":"r","day":"2026-11-24","types":["ph"]}""", "not a valid work message")]
    [InlineData("""{"v":1,"runId":"r","poolId":0,"day":"2026-11-24","types":["ph"]}""", "not a pool id")]
    [InlineData("""{"v":1,"runId":" ","poolId":5,"day":"2026-11-24","types":["ph"]}""", "empty runId")]
    [InlineData("""{"v":1,"runId":"r","poolId":5,"day":"24/11/2026","types":["ph"]}""", "not a valid work message")]
    [InlineData("""{"v":1,"runId":"r","poolId":5,"day":"2026-11-24","types":[]}""", "no measure types")]
    [InlineData("""{"v":1,"runId":"r","poolId":5,"day":"2026-11-24","types":["chlorine"]}""", "unknown measure type")]
    [InlineData("""{"v":1,"runId":"r","poolId":5,"day":"2026-11-24","types":["ph"],"window":"year"}""", "window")]
    [InlineData("""{"v":1,"runId":"r","poolId":5,"day":"2026-11-24","types":["ph"],"deferCount":-1}""", "negative")]
    [InlineData("""{"v":1,"runId":"r","poolId":5,"day":"2026-11-24","types":["ph"],"failures":-1}""", "failures are negative")]
    [InlineData("""{"v":1,"runId":"r","poolId":"five","day":"2026-11-24","types":["ph"]}""", "not a valid work message")]
    public void TryParse_PoisonBody_SaysWhy(string body, string expected)
    {
        Assert.False(WorkMessageCodec.TryParse(body, out var message, out var problem));
        Assert.Null(message);
        Assert.Contains(expected, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_ArbitraryText_NeverThrows()
    {
        Gen.String.Sample(text =>
        {
            var ok = WorkMessageCodec.TryParse(text, out var message, out var problem);
            Assert.True(ok ? message is not null : problem is not null);
        });
    }
}
