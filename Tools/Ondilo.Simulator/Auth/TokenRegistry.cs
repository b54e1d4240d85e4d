using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace Ondilo.Simulator.Auth;

/// <summary>
/// Authorization codes, access tokens and refresh tokens of the single simulated user. Access tokens expire after
/// <see cref="ExpiresInSeconds"/> on the simulator's clock; refresh tokens never expire and never rotate.
/// </summary>
internal sealed class TokenRegistry
{
    public const int ExpiresInSeconds = 3600;

    private readonly TimeProvider timeProvider;
    private readonly ConcurrentDictionary<string, DateTimeOffset> accessTokens = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> refreshTokens = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> codes = new(StringComparer.Ordinal);

    public TokenRegistry(TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        this.timeProvider = timeProvider;
    }

    /// <summary>A new login: a new refresh token and an access token.</summary>
    public SimulatedToken Issue()
    {
        var refreshToken = NewSecret();
        refreshTokens[refreshToken] = true;
        return Mint(refreshToken);
    }

    /// <summary>A single-use code bound to the redirect URI it was issued for.</summary>
    public string CreateCode(string redirectUri)
    {
        var code = NewSecret();
        codes[code] = redirectUri;
        return code;
    }

    /// <summary>Consumes the code (even on a mismatch) and logs in, or null when the code or redirect is wrong.</summary>
    public SimulatedToken? Redeem(string code, string redirectUri) =>
        codes.TryRemove(code, out var expected) && string.Equals(expected, redirectUri, StringComparison.Ordinal) ? Issue() : null;

    /// <summary>A new access token for a known refresh token (returned unchanged), or null.</summary>
    public SimulatedToken? Refresh(string refreshToken) => refreshTokens.ContainsKey(refreshToken) ? Mint(refreshToken) : null;

    public bool IsAccessTokenValid(string accessToken) =>
        accessTokens.TryGetValue(accessToken, out var expiresAt) && timeProvider.GetUtcNow() < expiresAt;

    public void ExpireAccessTokens() => accessTokens.Clear();

    public void RevokeRefreshTokens() => refreshTokens.Clear();

    private SimulatedToken Mint(string refreshToken)
    {
        var accessToken = NewSecret();
        accessTokens[accessToken] = timeProvider.GetUtcNow().AddSeconds(ExpiresInSeconds);
        return new SimulatedToken(accessToken, refreshToken, ExpiresInSeconds);
    }

    private static string NewSecret() => RandomNumberGenerator.GetHexString(40, lowercase: true);
}
