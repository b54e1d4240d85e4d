using System.Net;
using Microsoft.Extensions.Time.Testing;
using OndiloFanout.Ondilo;
using OndiloFanout.Tests.TestDoubles;
using Xunit;

namespace OndiloFanout.Tests.Ondilo;

public sealed class OndiloOAuthClientTests : IAsyncLifetime, IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);

    private readonly FakeTimeProvider _time = new(Now);
    private readonly OndiloRecordingGate _gate = new();
    private readonly HttpClient _httpClient = new();
    private OndiloStubServer _server = null!;

    public async Task InitializeAsync() => _server = await OndiloStubServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public void Dispose() => _httpClient.Dispose();

    private OndiloOAuthClient CreateSut(Uri? baseUri = null) =>
        new(_httpClient, _gate, new OndiloClientOptions { BaseUri = baseUri ?? _server.BaseUri }, _time);

    [Theory]
    [InlineData("https://interop.ondilo.com")]
    [InlineData("https://interop.ondilo.com/")]
    public void BuildAuthorizeUri_AnyBase_BuildsDocumentedQuery(string baseUri)
    {
        var uri = CreateSut(new Uri(baseUri)).BuildAuthorizeUri(new Uri("http://localhost:8765/callback"), "st&te 1");

        Assert.Equal(
            "https://interop.ondilo.com/oauth2/authorize?client_id=customer_api&response_type=code"
            + "&redirect_uri=http%3A%2F%2Flocalhost%3A8765%2Fcallback&scope=api&state=st%26te%201",
            uri.AbsoluteUri);
    }

    [Fact]
    public void BuildAuthorizeUri_BaseWithPathPrefix_KeepsPrefix()
    {
        var uri = CreateSut(new Uri("http://127.0.0.1:9000/ondilo/")).BuildAuthorizeUri(new Uri("https://example.com/api"), "s");

        Assert.StartsWith("http://127.0.0.1:9000/ondilo/oauth2/authorize?", uri.AbsoluteUri, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExchangeCodeAsync_Success_PostsFormAndComputesExpiry()
    {
        _server.EnqueueToken("access-1", "refresh-1", expiresIn: 3600);
        var sut = CreateSut();

        var token = await sut.ExchangeCodeAsync("code-1", new Uri("https://example.com/api"), CancellationToken.None);

        Assert.Equal(new OndiloToken { AccessToken = "access-1", RefreshToken = "refresh-1", ExpiresAt = Now.AddHours(1), Scope = "api" }, token);
        var request = Assert.Single(_server.Requests);
        Assert.Equal(("POST", "/oauth2/token"), (request.Method, request.Path));
        Assert.Equal(
            "grant_type=authorization_code&code=code-1&redirect_uri=https%3A%2F%2Fexample.com%2Fapi&client_id=customer_api&client_secret=",
            request.Body);
        Assert.Equal(["/oauth2/token"], _gate.Endpoints);
        Assert.Equal(1, _gate.Calls);
    }

    [Fact]
    public async Task ExchangeCodeAsync_AnswerWithoutRefreshToken_ThrowsBadResponse()
    {
        _server.EnqueueToken("access-1");

        var ex = await Assert.ThrowsAsync<OndiloApiException>(
            () => CreateSut().ExchangeCodeAsync("code-1", new Uri("https://example.com/api"), CancellationToken.None));

        Assert.Equal(OndiloFailure.BadResponse, ex.Failure);
        Assert.Contains("no refresh_token", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("access-1", ex.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RefreshAsync_AnswerWithoutRefreshToken_KeepsTheOldOne()
    {
        _server.EnqueueToken("access-2", expiresIn: 1800);

        var token = await CreateSut().RefreshAsync("refresh-1", CancellationToken.None);

        Assert.Equal(("access-2", "refresh-1", Now.AddMinutes(30)), (token.AccessToken, token.RefreshToken, token.ExpiresAt));
        Assert.Equal("grant_type=refresh_token&refresh_token=refresh-1&client_id=customer_api&client_secret=", Assert.Single(_server.Requests).Body);
    }

    [Fact]
    public async Task RefreshAsync_AnswerWithNewRefreshToken_KeepsTheNewOne()
    {
        _server.EnqueueToken("access-2", "refresh-2");

        var token = await CreateSut().RefreshAsync("refresh-1", CancellationToken.None);

        Assert.Equal("refresh-2", token.RefreshToken);
    }

    [Theory]
    [InlineData(400, OndiloFailure.LoginRequired)]
    [InlineData(401, OndiloFailure.LoginRequired)]
    [InlineData(429, OndiloFailure.QuotaExhausted)]
    [InlineData(403, OndiloFailure.Rejected)]
    [InlineData(500, OndiloFailure.Transient)]
    [InlineData(503, OndiloFailure.Transient)]
    public async Task RefreshAsync_ErrorStatus_MapsWithoutBody(int status, OndiloFailure expected)
    {
        _server.Enqueue(status, """{"error":"invalid_grant","access_token":"secret-in-body"}""");

        var ex = await Assert.ThrowsAsync<OndiloApiException>(() => CreateSut().RefreshAsync("refresh-1", CancellationToken.None));

        Assert.Equal(expected, ex.Failure);
        Assert.Equal((HttpStatusCode)status, ex.StatusCode);
        Assert.Equal("/oauth2/token", ex.Endpoint);
        Assert.StartsWith($"POST /oauth2/token answered {status} ", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-in-body", ex.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("refresh-1", ex.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RefreshAsync_400QuotaAnswer_QuotaExhaustedThatEndsTheHour()
    {
        _server.Enqueue(400, """{"error":{"code":400,"message":"Too many requests, quota exceeded"}}""");

        var ex = await Assert.ThrowsAsync<OndiloApiException>(() => CreateSut().RefreshAsync("refresh-1", CancellationToken.None));

        Assert.Equal((OndiloFailure.QuotaExhausted, HttpStatusCode.BadRequest, true), (ex.Failure, ex.StatusCode, ex.EndsTheHour));
        Assert.DoesNotContain("login", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RefreshAsync_400QuotaAnswer_TheGateHearsOfItBeforeTheCaller()
    {
        _server.Enqueue(400, """{"error":{"code":400,"message":"Too many requests, quota exceeded"}}""");

        var ex = await Assert.ThrowsAsync<OndiloApiException>(() => CreateSut().RefreshAsync("refresh-1", CancellationToken.None));

        Assert.Same(ex, Assert.Single(_gate.Refusals));
    }

    [Theory]
    [InlineData("invalid_request")]
    [InlineData("invalid_client")]
    [InlineData("unauthorized_client")]
    [InlineData("unsupported_grant_type")]
    [InlineData("invalid_scope")]
    public async Task RefreshAsync_400WithAnotherOAuthError_RejectedNamingTheError(string error)
    {
        _server.Enqueue(400, $$"""{"error":"{{error}}","error_description":"secret-in-body"}""");

        var ex = await Assert.ThrowsAsync<OndiloApiException>(() => CreateSut().RefreshAsync("refresh-1", CancellationToken.None));

        Assert.Equal((OndiloFailure.Rejected, false), (ex.Failure, ex.EndsTheHour));
        Assert.Contains(error, ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-in-body", ex.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("<html>secret-in-body</html>")]
    [InlineData("""{"error":"secret-in-body"}""")]
    [InlineData("""{"error":{"code":400,"message":"secret-in-body"}}""")]
    [InlineData("""{"message":"secret-in-body"}""")]
    public async Task RefreshAsync_400ThatNamesNeitherTheLoginNorTheQuota_AmbiguousRefusalThatEndsTheHour(string body)
    {
        _server.Enqueue(400, body);

        var ex = await Assert.ThrowsAsync<OndiloApiException>(() => CreateSut().RefreshAsync("refresh-1", CancellationToken.None));

        Assert.Equal((OndiloFailure.AmbiguousRefusal, true), (ex.Failure, ex.EndsTheHour));
        Assert.Contains("ondilo-fanout login", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-in-body", ex.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RefreshAsync_Rejected_MessageTellsToLogIn()
    {
        _server.Enqueue(400, """{"error":"invalid_grant"}""");

        var ex = await Assert.ThrowsAsync<OndiloApiException>(() => CreateSut().RefreshAsync("refresh-1", CancellationToken.None));

        Assert.Contains("run `ondilo-fanout login`", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"access_token":"secret-in-body","expires_in":3600""")]
    [InlineData("""{"access_token":"secret-in-body","expires_in":"soon"}""")]
    [InlineData("""{"access_token":123,"expires_in":3600}""")]
    [InlineData("""{"token_type":"Bearer"}""")]
    [InlineData("""["secret-in-body"]""")]
    [InlineData("<html>secret-in-body</html>")]
    public async Task RefreshAsync_MalformedAnswer_ThrowsBadResponseWithoutBody(string body)
    {
        _server.Enqueue(200, body);

        var ex = await Assert.ThrowsAsync<OndiloApiException>(() => CreateSut().RefreshAsync("refresh-1", CancellationToken.None));

        Assert.Equal(OndiloFailure.BadResponse, ex.Failure);
        Assert.DoesNotContain("secret-in-body", ex.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RefreshAsync_StringExpiresInAndScopeList_Accepted()
    {
        _server.Enqueue(200, """{"access_token":"access-2","expires_in":"60","scope":["api","x"]}""");

        var token = await CreateSut().RefreshAsync("refresh-1", CancellationToken.None);

        Assert.Equal((Now.AddMinutes(1), "api x"), (token.ExpiresAt, token.Scope));
    }
}
