using System.Net;

namespace OndiloFanout.Ondilo;

/// <summary>
/// The Ondilo OAuth2 endpoints: the authorize URL for <c>ondilo-fanout login</c>, the code exchange and the
/// refresh. Every token request passes the <see cref="IApiCallGate"/>, because the API counts it against the same
/// hourly quota. No message ever holds a token or a token endpoint body.
/// </summary>
public sealed class OndiloOAuthClient
{
    private const string Scope = "api";

    private readonly OndiloHttp _http;
    private readonly OndiloClientOptions _options;
    private readonly TimeProvider _timeProvider;

    public OndiloOAuthClient(HttpClient httpClient, IApiCallGate gate, OndiloClientOptions options, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _http = new OndiloHttp(httpClient, gate, options.RequestTimeout, timeProvider);
        _options = options;
        _timeProvider = timeProvider;
    }

    /// <summary>The page where the user logs in and grants access; it redirects to <paramref name="redirectUri"/> with <c>code</c> and <paramref name="state"/>.</summary>
    public Uri BuildAuthorizeUri(Uri redirectUri, string state)
    {
        ArgumentNullException.ThrowIfNull(redirectUri);
        ArgumentNullException.ThrowIfNull(state);
        var query = $"client_id={Uri.EscapeDataString(_options.ClientId)}&response_type=code"
            + $"&redirect_uri={Uri.EscapeDataString(redirectUri.AbsoluteUri)}&scope={Scope}&state={Uri.EscapeDataString(state)}";
        return OndiloPaths.Resolve(_options.BaseUri, OndiloPaths.Authorize, query);
    }

    /// <summary>Exchanges the authorization code from the redirect for a token; <paramref name="redirectUri"/> must be the one used to authorize.</summary>
    public Task<OndiloToken> ExchangeCodeAsync(string code, Uri redirectUri, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(code);
        ArgumentNullException.ThrowIfNull(redirectUri);
        return RequestTokenAsync(
            [new("grant_type", "authorization_code"), new("code", code), new("redirect_uri", redirectUri.AbsoluteUri)],
            previousRefreshToken: null,
            "the authorization code was refused",
            cancellationToken);
    }

    /// <summary>
    /// Gets a new access token. Its expiry is now plus <c>expires_in</c>; the refresh token is kept unless the
    /// answer carries a new one. Throws <see cref="OndiloApiException"/> with <see cref="OndiloFailure.LoginRequired"/>
    /// when the refresh token is no longer valid.
    /// </summary>
    public Task<OndiloToken> RefreshAsync(string refreshToken, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(refreshToken);
        return RequestTokenAsync(
            [new("grant_type", "refresh_token"), new("refresh_token", refreshToken)],
            refreshToken,
            "the refresh token is no longer valid",
            cancellationToken);
    }

    private async Task<OndiloToken> RequestTokenAsync(
        KeyValuePair<string, string>[] grant, string? previousRefreshToken, string refusal, CancellationToken cancellationToken)
    {
        // Ondilo's public client: the id is fixed and the secret is the empty string.
        KeyValuePair<string, string>[] form = [.. grant, new("client_id", _options.ClientId), new("client_secret", string.Empty)];
        using var request = new HttpRequestMessage(HttpMethod.Post, OndiloPaths.Resolve(_options.BaseUri, OndiloPaths.Token))
        {
            Content = new FormUrlEncodedContent(form),
        };
        request.Headers.Accept.ParseAdd("application/json");

        var response = await _http.SendAsync(request, OndiloPaths.Token, cancellationToken);
        if (!response.IsSuccess)
        {
            throw await _http.RefusedAsync(Failure(response, refusal), cancellationToken);
        }

        try
        {
            return TokenResponseReader.Read(response.Body, _timeProvider.GetUtcNow(), previousRefreshToken);
        }
        catch (FormatException ex)
        {
            throw new OndiloApiException(OndiloFailure.BadResponse, OndiloPaths.Token, response.StatusCode,
                $"{response.Summary} The body is not a token response: {ex.Message}.");
        }
    }

    private static OndiloApiException Failure(OndiloHttpResponse response, string refusal)
    {
        var status = (int)response.StatusCode;
        var (failure, advice) = response.StatusCode switch
        {
            HttpStatusCode.BadRequest => TokenRefusal.Read(response.Body, refusal),
            HttpStatusCode.Unauthorized =>
                (OndiloFailure.LoginRequired, $"Ondilo says {refusal}: run `ondilo-fanout login` to store a new token."),
            HttpStatusCode.TooManyRequests => (OndiloFailure.QuotaExhausted, "The hourly quota is spent."),
            _ when status >= 500 => (OndiloFailure.Transient, "Try again later."),
            _ when status >= 400 => (OndiloFailure.Rejected, "The token request itself was refused."),
            _ => (OndiloFailure.BadResponse, "That is not an answer of the token endpoint."),
        };

        // The body is left out on purpose: a token endpoint answer may echo a token.
        return new OndiloApiException(failure, OndiloPaths.Token, response.StatusCode, $"{response.Summary} {advice}");
    }
}
