using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;
using Ondilo.Simulator;
using Xunit;

namespace OndiloFanout.Tests.Simulator.Endpoints;

public sealed class OAuthEndpointsTests
{
    private const string Redirect = "http://localhost:8123/callback";

    private static Task<SimulatorHarness> CreateSut(bool denyConsent = false) =>
        SimulatorHarness.StartAsync(new SimulatorOptions { QuotaEnabled = false, DenyConsent = denyConsent });

    [Fact]
    public async Task Authorize_ValidRequest_RedirectsWithCodeAndState()
    {
        await using var sut = await CreateSut();

        var query = await AuthorizeAsync(sut, "customer_api", "code");

        Assert.False(string.IsNullOrEmpty(query["code"]));
        Assert.Equal("s-42", query["state"]);
    }

    [Fact]
    public async Task Authorize_ConsentDenied_RedirectsWithAccessDenied()
    {
        await using var sut = await CreateSut(denyConsent: true);

        var query = await AuthorizeAsync(sut, "customer_api", "code");

        Assert.Equal("access_denied", query["error"]);
        Assert.Equal("s-42", query["state"]);
        Assert.False(query.ContainsKey("code"));
    }

    [Theory]
    [InlineData("other_client", "code")]
    [InlineData("customer_api", "token")]
    public async Task Authorize_WrongClientOrResponseType_400(string clientId, string responseType)
    {
        await using var sut = await CreateSut();

        using var response = await sut.Client.GetAsync(AuthorizeUri(clientId, responseType));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Token_AuthorizationCode_TokensThatOpenTheApi()
    {
        await using var sut = await CreateSut();
        var code = (await AuthorizeAsync(sut, "customer_api", "code"))["code"].ToString();

        var token = await ReadTokenAsync(await RedeemAsync(sut, code, Redirect));

        Assert.Equal(3600, token.GetProperty("expires_in").GetInt32());
        Assert.Equal("Bearer", token.GetProperty("token_type").GetString());
        Assert.Equal("api", token.GetProperty("scope").GetString());
        Assert.False(string.IsNullOrEmpty(token.GetProperty("refresh_token").GetString()));
        using var pools = await sut.GetAsync("pools", token.GetProperty("access_token").GetString());
        Assert.Equal(HttpStatusCode.OK, pools.StatusCode);
    }

    [Fact]
    public async Task Token_CodeUsedTwice_SecondIsInvalidGrant()
    {
        await using var sut = await CreateSut();
        var code = (await AuthorizeAsync(sut, "customer_api", "code"))["code"].ToString();
        (await RedeemAsync(sut, code, Redirect)).Dispose();

        using var second = await RedeemAsync(sut, code, Redirect);

        await AssertInvalidGrantAsync(second);
    }

    [Fact]
    public async Task Token_CodeWithOtherRedirect_InvalidGrant()
    {
        await using var sut = await CreateSut();
        var code = (await AuthorizeAsync(sut, "customer_api", "code"))["code"].ToString();

        using var response = await RedeemAsync(sut, code, "https://example.com/api");

        await AssertInvalidGrantAsync(response);
    }

    [Fact]
    public async Task Token_RefreshGrant_NewAccessTokenSameRefreshToken()
    {
        await using var sut = await CreateSut();

        var token = await ReadTokenAsync(await RefreshAsync(sut, sut.Token.RefreshToken));

        Assert.Equal(sut.Token.RefreshToken, token.GetProperty("refresh_token").GetString());
        Assert.NotEqual(sut.Token.AccessToken, token.GetProperty("access_token").GetString());
    }

    [Fact]
    public async Task Token_RefreshAfterRevocation_InvalidGrant()
    {
        await using var sut = await CreateSut();
        sut.Host.RevokeRefreshTokens();

        using var response = await RefreshAsync(sut, sut.Token.RefreshToken);

        await AssertInvalidGrantAsync(response);
    }

    [Fact]
    public async Task Token_RefreshDaysLater_StillValid()
    {
        await using var sut = await CreateSut();
        sut.Time.Advance(TimeSpan.FromDays(90));

        using var response = await RefreshAsync(sut, sut.Token.RefreshToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Token_UnknownRefreshToken_InvalidGrant()
    {
        await using var sut = await CreateSut();

        using var response = await RefreshAsync(sut, "not-a-token");

        await AssertInvalidGrantAsync(response);
    }

    private static Uri AuthorizeUri(string clientId, string responseType) => new(
        $"oauth2/authorize?client_id={clientId}&response_type={responseType}&redirect_uri={Uri.EscapeDataString(Redirect)}&scope=api&state=s-42",
        UriKind.Relative);

    private static async Task<Dictionary<string, Microsoft.Extensions.Primitives.StringValues>> AuthorizeAsync(SimulatorHarness sut, string clientId, string responseType)
    {
        using var response = await sut.Client.GetAsync(AuthorizeUri(clientId, responseType));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!;
        Assert.StartsWith(Redirect + "?", location.ToString(), StringComparison.Ordinal);
        return QueryHelpers.ParseQuery(location.Query);
    }

    private static Task<HttpResponseMessage> RedeemAsync(SimulatorHarness sut, string code, string redirect) => sut.PostTokenAsync(
        ("grant_type", "authorization_code"), ("code", code), ("client_id", "customer_api"), ("redirect_uri", redirect));

    private static Task<HttpResponseMessage> RefreshAsync(SimulatorHarness sut, string refreshToken) => sut.PostTokenAsync(
        ("grant_type", "refresh_token"), ("refresh_token", refreshToken), ("client_id", "customer_api"));

    private static async Task<JsonElement> ReadTokenAsync(HttpResponseMessage response)
    {
        using (response)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
        }
    }

    private static async Task AssertInvalidGrantAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("invalid_grant", JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("error").GetString());
    }
}
