using System.Net;
using Ondilo.Simulator;
using Xunit;

namespace OndiloFanout.Tests.Simulator;

public sealed class OndiloSimulatorHostTests
{
    private static Task<SimulatorHarness> CreateSut(SimulatorOptions? options = null) => SimulatorHarness.StartAsync(options);

    [Fact]
    public async Task StartAsync_PortZero_LoopbackAddressWithFreePort()
    {
        await using var sut = await CreateSut();

        Assert.Equal("127.0.0.1", sut.Host.BaseUri.Host);
        Assert.NotEqual(0, sut.Host.BaseUri.Port);
        Assert.EndsWith("/", sut.Host.BaseUri.AbsoluteUri, StringComparison.Ordinal);
        Assert.Equal(3, sut.Host.Account.Pools.Count);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("made-up")]
    public async Task Get_MissingOrUnknownToken_401(string? header)
    {
        await using var sut = await CreateSut();
        using var request = new HttpRequestMessage(HttpMethod.Get, SimulatorHarness.Api + "pools");
        if (header is not null)
        {
            request.Headers.Authorization = new("Bearer", header);
        }

        using var response = await sut.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Get_AccessTokenOlderThanItsLifetime_401()
    {
        await using var sut = await CreateSut();
        sut.Time.Advance(TimeSpan.FromSeconds(3599));
        using var fresh = await sut.GetAsync("pools");

        sut.Time.Advance(TimeSpan.FromSeconds(1));
        using var expired = await sut.GetAsync("pools");

        Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, expired.StatusCode);
    }

    [Fact]
    public async Task ExpireAccessTokens_ThenGet_401UntilRefreshed()
    {
        await using var sut = await CreateSut();
        sut.Host.ExpireAccessTokens();

        using var expired = await sut.GetAsync("pools");
        var renewed = sut.Host.IssueToken();
        using var fresh = await sut.GetAsync("pools", renewed.AccessToken);

        Assert.Equal(HttpStatusCode.Unauthorized, expired.StatusCode);
        Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
    }

    [Fact]
    public async Task RequestCount_ApiOAuthAndRefused_AllCounted()
    {
        await using var sut = await CreateSut();
        var poolId = sut.Host.Account.Pools[0].Id;

        (await sut.GetAsync("pools")).Dispose();
        (await sut.GetAsync($"pools/{poolId}/measures?type=ph&period=day")).Dispose();
        (await sut.GetAsync("pools", "bad-token")).Dispose();
        (await sut.PostTokenAsync(("grant_type", "refresh_token"), ("refresh_token", "x"), ("client_id", "customer_api"))).Dispose();

        Assert.Equal(4, sut.Host.RequestCount);
        Assert.Equal(3, sut.Host.RequestCountFor("/api/customer/v1/pools"));
        Assert.Equal(1, sut.Host.RequestCountFor($"/api/customer/v1/pools/{poolId}/measures"));
        Assert.Equal(1, sut.Host.RequestCountFor("/oauth2/token"));
    }

    [Fact]
    public async Task IssueToken_NoHttpCall_NothingCounted()
    {
        await using var sut = await CreateSut();

        var token = sut.Host.IssueToken();

        Assert.Equal(3600, token.ExpiresIn);
        Assert.NotEqual(token.AccessToken, token.RefreshToken);
        Assert.Equal(0, sut.Host.RequestCount);
    }

    [Fact]
    public async Task Get_ConcurrentRequests_AllAnsweredAndCounted()
    {
        await using var sut = await CreateSut();

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => sut.GetAsync("pools")));

        Assert.All(responses, response => Assert.Equal(HttpStatusCode.OK, response.StatusCode));
        Assert.Equal(20, sut.Host.RequestCount);
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Fact]
    public async Task Get_WithLatency_AnsweredOnlyOnceTheClockMoves()
    {
        await using var sut = await CreateSut(new SimulatorOptions { QuotaEnabled = false, Latency = TimeSpan.FromSeconds(2) });

        var pending = sut.GetAsync("user/info");
        while (sut.Host.RequestCount == 0)
        {
            await Task.Yield();
        }

        // The fake clock has not moved, so the response cannot have been sent yet.
        Assert.False(pending.IsCompleted);
        while (!pending.IsCompleted)
        {
            sut.Time.Advance(TimeSpan.FromSeconds(2));
            await Task.WhenAny(pending, Task.Delay(10));
        }

        using var response = await pending;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
