using System.Globalization;
using System.Net;
using System.Text.Json;
using Ondilo.Simulator;
using Xunit;

namespace OndiloFanout.Tests.Simulator.Endpoints;

public sealed class MeasureEndpointsTests
{
    private static Task<SimulatorHarness> CreateSut(SimulatorTimestampFormat format = SimulatorTimestampFormat.Space) =>
        SimulatorHarness.StartAsync(new SimulatorOptions { QuotaEnabled = false, TimestampFormat = format });

    [Theory]
    [InlineData("day", 1)]
    [InlineData("week", 7)]
    [InlineData("month", 30)]
    public async Task Measures_Period_ReturnsUploadedMeasuresOfTheRollingWindow(string period, int days)
    {
        await using var sut = await CreateSut();
        var pool = sut.Host.Account.Pools[0];
        var now = sut.Time.GetUtcNow();
        var expected = sut.Host.Account.Measures(pool.Id, "ph", now.AddDays(-days).AddTicks(1), now.AddTicks(1))
            .Where(m => m.ValueTime + pool.UploadDelay <= now)
            .ToArray();

        var body = await sut.GetJsonAsync($"pools/{pool.Id}/measures?type=ph&period={period}");

        var times = body.EnumerateArray().Select(m => ParseSpace(m.GetProperty("value_time").GetString())).ToArray();
        Assert.Equal(expected.Select(m => m.ValueTime), times);
        Assert.Equal(
            expected.Select(m => m.Value),
            body.EnumerateArray().Select(m => m.GetProperty("value").ValueKind == JsonValueKind.Null ? (double?)null : m.GetProperty("value").GetDouble()));
        Assert.Equal(expected.Select(m => m.IsValid), body.EnumerateArray().Select(m => m.GetProperty("is_valid").GetBoolean()));
        Assert.InRange(times.Length, (days * 24) - 2, days * 24);
        Assert.All(times, t => Assert.True(t > now.AddDays(-days)));
    }

    [Fact]
    public async Task Measures_BeforeAndAfterUploadDelay_HiddenThenVisible()
    {
        await using var sut = await CreateSut();
        var pool = sut.Host.Account.Pools[1];
        var start = sut.Time.GetUtcNow();
        var latest = sut.Host.Account.Measures(pool.Id, "temperature", start.AddHours(1), start.AddHours(2))[0].ValueTime;
        sut.Time.SetUtcNow(latest + pool.UploadDelay - TimeSpan.FromSeconds(1));
        sut.RenewToken();

        var before = await LastTimeAsync(sut, pool);
        sut.Time.Advance(TimeSpan.FromSeconds(1));
        var after = await LastTimeAsync(sut, pool);

        Assert.True(before < latest);
        Assert.Equal(latest, after);
    }

    [Fact]
    public async Task Measures_SpaceFormat_UtcWithoutOffset()
    {
        await using var sut = await CreateSut(SimulatorTimestampFormat.Space);

        var text = await RawTimeAsync(sut, sut.Host.Account.Pools[0]);

        Assert.Matches(@"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$", text);
    }

    [Fact]
    public async Task Measures_OffsetFormat_DocumentedPlus0000Form()
    {
        await using var sut = await CreateSut(SimulatorTimestampFormat.Offset);

        var text = await RawTimeAsync(sut, sut.Host.Account.Pools[0]);

        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+0000$", text);
    }

    [Fact]
    public async Task Measures_MixedFormat_FormatDependsOnPool()
    {
        await using var sut = await CreateSut(SimulatorTimestampFormat.Mixed);

        Assert.DoesNotContain("T", await RawTimeAsync(sut, sut.Host.Account.Pools[0]), StringComparison.Ordinal);
        Assert.EndsWith("+0000", await RawTimeAsync(sut, sut.Host.Account.Pools[1]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Measures_TypeThePoolDoesNotReport_EmptyArray()
    {
        await using var sut = await CreateSut();

        var body = await sut.GetJsonAsync($"pools/{sut.Host.Account.Pools[0].Id}/measures?type=tds&period=day");

        Assert.Equal(0, body.GetArrayLength());
    }

    [Fact]
    public async Task Measures_UnknownPool_404JsonError()
    {
        await using var sut = await CreateSut();

        using var response = await sut.GetAsync("pools/1/measures?type=ph&period=day");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(404, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("error").GetProperty("code").GetInt32());
    }

    [Theory]
    [InlineData("type=acidity&period=day")]
    [InlineData("type=ph&period=year")]
    [InlineData("type=ph")]
    [InlineData("period=day")]
    public async Task Measures_BadTypeOrPeriod_400NotTheQuotaAnswer(string query)
    {
        await using var sut = await CreateSut();

        using var response = await sut.GetAsync($"pools/{sut.Host.Account.Pools[0].Id}/measures?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var message = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("error").GetProperty("message").GetString();
        Assert.DoesNotContain("quota", message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task LastMeasures_RepeatedTypesForm_LatestUploadedMeasurePerType()
    {
        await using var sut = await CreateSut();
        var pool = sut.Host.Account.Pools[0];
        var now = sut.Time.GetUtcNow();

        var body = await sut.GetJsonAsync($"pools/{pool.Id}/lastmeasures?types[]=temperature&types[]=orp&types[]=tds");

        Assert.Equal(["temperature", "orp"], body.EnumerateArray().Select(m => m.GetProperty("data_type").GetString()));
        var expected = sut.Host.Account.Measures(pool.Id, "orp", now.AddHours(-3), now).Last(m => m.ValueTime + pool.UploadDelay <= now);
        Assert.Equal(expected.ValueTime, ParseSpace(body[1].GetProperty("value_time").GetString()));
    }

    [Theory]
    [InlineData("types=temperature,orp")]
    [InlineData("types=temperature")]
    [InlineData("types[]=temperature&types=orp")]
    [InlineData("")]
    [InlineData("types[]=acidity")]
    public async Task LastMeasures_OtherForms_400(string query)
    {
        await using var sut = await CreateSut();

        using var response = await sut.GetAsync($"pools/{sut.Host.Account.Pools[0].Id}/lastmeasures?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private static async Task<DateTimeOffset> LastTimeAsync(SimulatorHarness sut, SimulatedPool pool)
    {
        var body = await sut.GetJsonAsync($"pools/{pool.Id}/measures?type=temperature&period=day");
        return ParseSpace(body[body.GetArrayLength() - 1].GetProperty("value_time").GetString());
    }

    private static async Task<string> RawTimeAsync(SimulatorHarness sut, SimulatedPool pool)
    {
        var body = await sut.GetJsonAsync($"pools/{pool.Id}/measures?type=ph&period=day");
        return body[0].GetProperty("value_time").GetString()!;
    }

    private static DateTimeOffset ParseSpace(string? text) =>
        DateTimeOffset.ParseExact(text!, "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
}
