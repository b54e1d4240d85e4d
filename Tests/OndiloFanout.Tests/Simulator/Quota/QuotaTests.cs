using System.Net;
using System.Text.Json;
using Ondilo.Simulator;
using Xunit;

namespace OndiloFanout.Tests.Simulator.Quota;

/// <summary>The documented quota over real HTTP: 30 per clock hour, 5 per second, HTTP 400 once exceeded.</summary>
public sealed class QuotaTests
{
    private const string QuotaBody = """{"error":{"code":400,"message":"Too many requests, quota exceeded"}}""";

    private static Task<SimulatorHarness> CreateSut(int perHour = 30, int perSecond = 5) =>
        SimulatorHarness.StartAsync(new SimulatorOptions { CallsPerHour = perHour, CallsPerSecond = perSecond });

    [Fact]
    public async Task Get_31stCallOfTheHour_QuotaAnswerForTheRestOfTheHour()
    {
        await using var sut = await CreateSut();
        for (var i = 0; i < 30; i++)
        {
            Assert.Equal(HttpStatusCode.OK, await StatusAsync(sut));
            sut.Time.Advance(TimeSpan.FromSeconds(1));
        }

        using var refused = await sut.GetAsync("user/info");
        sut.Time.Advance(TimeSpan.FromMinutes(29)); // 14:59:30, same clock hour
        var stillRefused = await StatusAsync(sut);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(QuotaBody, await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, stillRefused);
        Assert.Equal(32, sut.Host.RequestCount);
    }

    [Fact]
    public async Task Get_NextClockHour_QuotaAvailableAgain()
    {
        await using var sut = await CreateSut(perHour: 2);
        await StatusAsync(sut);
        await StatusAsync(sut);
        Assert.Equal(HttpStatusCode.BadRequest, await StatusAsync(sut));

        sut.Time.SetUtcNow(new DateTimeOffset(2026, 3, 10, 15, 0, 0, TimeSpan.Zero));

        Assert.Equal(HttpStatusCode.OK, await StatusAsync(sut));
    }

    [Fact]
    public async Task Get_SixthCallInOneSecond_RefusedThenAllowedNextSecond()
    {
        await using var sut = await CreateSut();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
        {
            statuses.Add(await StatusAsync(sut));
        }

        sut.Time.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal(Enumerable.Repeat(HttpStatusCode.OK, 5).Append(HttpStatusCode.BadRequest), statuses);
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(sut));
    }

    [Fact]
    public async Task Token_Requests_CountAgainstTheHourButAreNotRefused()
    {
        await using var sut = await CreateSut(perHour: 2);
        for (var i = 0; i < 3; i++)
        {
            using var refresh = await sut.PostTokenAsync(("grant_type", "refresh_token"), ("refresh_token", sut.Token.RefreshToken), ("client_id", "customer_api"));
            Assert.Equal(HttpStatusCode.OK, refresh.StatusCode);
        }

        using var api = await sut.GetAsync("pools");

        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
        Assert.Equal("Too many requests, quota exceeded", JsonDocument.Parse(await api.Content.ReadAsStringAsync()).RootElement.GetProperty("error").GetProperty("message").GetString());
    }

    [Fact]
    public async Task Get_QuotaDisabled_NeverRefused()
    {
        await using var sut = await SimulatorHarness.StartAsync(new SimulatorOptions { QuotaEnabled = false, CallsPerHour = 1, CallsPerSecond = 1 });

        var statuses = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => StatusAsync(sut)));

        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.OK, status));
    }

    private static async Task<HttpStatusCode> StatusAsync(SimulatorHarness sut)
    {
        using var response = await sut.GetAsync("user/info");
        return response.StatusCode;
    }
}
