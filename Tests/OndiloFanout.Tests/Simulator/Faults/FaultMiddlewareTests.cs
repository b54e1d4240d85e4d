using System.Net;
using System.Text.Json;
using Ondilo.Simulator;
using Xunit;

namespace OndiloFanout.Tests.Simulator.Faults;

/// <summary>Each injected fault as a client sees it over HTTP.</summary>
public sealed class FaultMiddlewareTests
{
    private static Task<SimulatorHarness> CreateSut(double rate) =>
        SimulatorHarness.StartAsync(new SimulatorOptions { QuotaEnabled = false, FaultRate = rate, Seed = 5 });

    [Fact]
    public async Task Get_EveryRequestFaulted_EachKindSeenOnTheWire()
    {
        await using var sut = await CreateSut(rate: 1);

        var outcomes = new List<string>();
        for (var i = 0; i < 40; i++)
        {
            outcomes.Add(await ClassifyAsync(sut));
        }

        Assert.Equal(["200 truncated", "500 json", "502 nginx", "503", "reset"], outcomes.Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(40, sut.Host.RequestCount);
    }

    [Fact]
    public async Task Get_RateOneQuarter_AboutAQuarterFaulted()
    {
        await using var sut = await CreateSut(rate: 0.25);

        var outcomes = new List<string>();
        for (var i = 0; i < 120; i++)
        {
            outcomes.Add(await ClassifyAsync(sut));
        }

        Assert.InRange(outcomes.Count(outcome => outcome != "ok"), 15, 50);
    }

    [Fact]
    public async Task Authorize_EvenAtFullRate_NeverFaulted()
    {
        await using var sut = await CreateSut(rate: 1);

        using var response = await sut.Client.GetAsync(new Uri(
            "oauth2/authorize?client_id=customer_api&response_type=code&redirect_uri=http%3A%2F%2Flocalhost%2Fcb&scope=api&state=x", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    private static async Task<string> ClassifyAsync(SimulatorHarness sut)
    {
        HttpResponseMessage response;
        try
        {
            response = await sut.GetAsync($"pools/{sut.Host.Account.Pools[0].Id}/measures?type=ph&period=day");
        }
        catch (HttpRequestException)
        {
            return "reset";
        }

        using (response)
        {
            var body = await response.Content.ReadAsStringAsync();
            return (int)response.StatusCode switch
            {
                500 when IsJson(body) => "500 json",
                502 when body.Contains("nginx", StringComparison.Ordinal) => "502 nginx",
                503 => "503",
                200 => IsJson(body) ? "ok" : "200 truncated",
                var other => $"unexpected {other}",
            };
        }
    }

    private static bool IsJson(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
