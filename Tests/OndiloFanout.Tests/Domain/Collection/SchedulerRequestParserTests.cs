using System.Text.Json;
using CsCheck;
using OndiloFanout.Domain.Collection;
using Xunit;

namespace OndiloFanout.Tests.Domain.Collection;

public sealed class SchedulerRequestParserTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 2, 30, 0, TimeSpan.Zero);

    private static SchedulerRequest Parse(string? payload)
    {
        Assert.True(SchedulerRequestParser.TryParse(Json(payload), Now, out var request, out var error), error);
        return request!;
    }

    private static string Refuse(string payload)
    {
        Assert.False(SchedulerRequestParser.TryParse(Json(payload), Now, out var request, out var error));
        Assert.Null(request);
        return error!;
    }

    [Theory]
    [InlineData(null)]
    [InlineData("null")]
    [InlineData("{}")]
    public void TryParse_EmptyInput_CollectsYesterday(string? payload)
    {
        var request = Parse(payload);

        Assert.Equal(new DayRange(new DateOnly(2026, 11, 24), new DateOnly(2026, 11, 24)), request.Days);
        Assert.Equal(SchedulerTrigger.Daily, request.Trigger);
        Assert.Null(request.Pools);
        Assert.False(request.Force);
    }

    [Fact]
    public void TryParse_ScheduledEvent_CollectsTheDayBeforeTheEventTime()
    {
        var request = Parse("""
            {"version":"0","id":"53dc4d37-cffa-4f76-80c9-8b7d4a4d2eaa","detail-type":"Scheduled Event","source":"aws.events",
             "account":"123456789012","time":"2026-11-20T02:30:00Z","region":"eu-west-1",
             "resources":["arn:aws:events:eu-west-1:123456789012:rule/daily"],"detail":{}}
            """);

        Assert.Equal(new DateOnly(2026, 11, 19), request.Days.From);
        Assert.Equal(request.Days.From, request.Days.To);
        Assert.Equal(SchedulerTrigger.Schedule, request.Trigger);
    }

    [Theory]
    [InlineData("""{"month":"true"}""")]
    [InlineData("""{"month":true}""")]
    [InlineData("""{"month":"True"}""")]
    public void TryParse_Month_CoversTheLast30Days(string payload)
    {
        var request = Parse(payload);

        Assert.Equal(new DateOnly(2026, 10, 26), request.Days.From);
        Assert.Equal(new DateOnly(2026, 11, 24), request.Days.To);
        Assert.Equal(30, request.Days.Count);
        Assert.Equal(SchedulerTrigger.Month, request.Trigger);
    }

    [Fact]
    public void TryParse_MonthFalse_CollectsYesterday()
    {
        Assert.Equal(1, Parse("""{"month":"false"}""").Days.Count);
    }

    [Fact]
    public void TryParse_DateRangePoolsForceDryRun_AreRead()
    {
        var request = Parse("""{"from":"2026-11-01","to":"2026-11-03","pools":[234,"1021",234],"force":true,"dryRun":"true"}""");

        Assert.Equal(new DayRange(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 3)), request.Days);
        Assert.Equal([234L, 1021L], request.Pools);
        Assert.True(request.Force);
        Assert.True(request.DryRun);
        Assert.Equal(SchedulerTrigger.Range, request.Trigger);
    }

    [Fact]
    public void TryParse_Date_IsOneDay()
    {
        var request = Parse("""{"date":"2026-11-10"}""");

        Assert.Equal(new DayRange(new DateOnly(2026, 11, 10), new DateOnly(2026, 11, 10)), request.Days);
    }

    [Theory]
    [InlineData("[1,2]", "must be a JSON object, not an array")]
    [InlineData("\"month\"", "must be a JSON object, not a string")]
    [InlineData("""{"mnth":"true"}""", "Unknown field \"mnth\"")]
    [InlineData("""{"month":"yes"}""", "\"month\" must be true or false")]
    [InlineData("""{"month":1}""", "\"month\" must be true or false")]
    [InlineData("""{"date":"2026-13-01"}""", "\"date\" must be a UTC day written YYYY-MM-DD")]
    [InlineData("""{"date":"24/11/2026"}""", "\"date\" must be a UTC day")]
    [InlineData("""{"date":20261124}""", "\"date\" must be a UTC day")]
    [InlineData("""{"from":"2026-11-01"}""", "\"from\" and \"to\" go together")]
    [InlineData("""{"from":"2026-11-05","to":"2026-11-01"}""", "is after \"to\"")]
    [InlineData("""{"month":true,"date":"2026-11-01"}""", "Choose one of")]
    [InlineData("""{"date":"2026-11-25"}""", "is not over yet")]
    [InlineData("""{"from":"2026-11-20","to":"2026-12-01"}""", "is not over yet")]
    [InlineData("""{"from":"2020-01-01","to":"2026-11-01"}""", "at most 366")]
    [InlineData("""{"pools":234}""", "\"pools\" must be an array")]
    [InlineData("""{"pools":[]}""", "\"pools\" is empty")]
    [InlineData("""{"pools":[-4]}""", "positive pool ids")]
    [InlineData("""{"pools":[1.5]}""", "positive pool ids")]
    [InlineData("""{"pools":["abc"]}""", "positive pool ids")]
    [InlineData("""{"force":"maybe"}""", "\"force\" must be true or false")]
    public void TryParse_BadInput_IsRefusedWithAPreciseMessage(string payload, string expected)
    {
        Assert.Contains(expected, Refuse(payload), StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_HugeString_IsTruncatedInTheMessage()
    {
        var error = Refuse($$"""{"date":"{{new string('x', 10_000)}}"}""");

        Assert.True(error.Length < 200, error);
    }

    [Fact]
    public void TryParse_AnyJsonObject_NeverThrows()
    {
        var field = Gen.Select(
            Gen.OneOfConst("month", "date", "from", "to", "pools", "force", "dryRun", "other"),
            Gen.OneOfConst("true", "\"true\"", "1", "null", "[]", "[1]", "\"2026-11-01\"", "{}", "\"\\u00e9\""));
        field.Array[0, 6]
            .Sample(fields =>
            {
                var json = "{" + string.Join(",", fields.DistinctBy(f => f.Item1).Select(f => $"\"{f.Item1}\":{f.Item2}")) + "}";
                var ok = SchedulerRequestParser.TryParse(Json(json), Now, out var request, out var error);
                Assert.True(ok ? request is not null && error is null : request is null && !string.IsNullOrEmpty(error), json);
            });
    }

    // The input as the edge hands it over: parsed once (by the Lambda wrapper, or the CLI's run); absent when there is none.
    private static JsonElement Json(string? payload) => payload is null ? default : JsonDocument.Parse(payload).RootElement.Clone();
}
