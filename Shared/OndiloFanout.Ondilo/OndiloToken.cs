namespace OndiloFanout.Ondilo;

/// <summary>
/// An OAuth token of the Ondilo API: the token endpoint's response plus the absolute expiry.
/// Its <see cref="ToString"/> never shows the secrets, so a token can't leak through a log or an exception.
/// </summary>
public sealed record OndiloToken
{
    public required string AccessToken { get; init; }
    public required string RefreshToken { get; init; }
    public required DateTimeOffset ExpiresAt { get; init; }
    public string TokenType { get; init; } = "Bearer";
    public string? Scope { get; init; }

    /// <summary>True when the access token expires within <paramref name="skew"/> of <paramref name="now"/>.</summary>
    public bool ExpiresWithin(DateTimeOffset now, TimeSpan skew) => ExpiresAt - skew <= now;

    public override string ToString() => $"OndiloToken {{ ExpiresAt = {ExpiresAt:O}, TokenType = {TokenType} }}";
}
