namespace OndiloFanout.Ondilo;

/// <summary>The OAuth token response's field names, shared by the stored form and the token endpoint's answer.</summary>
internal static class TokenFields
{
    public const string AccessToken = "access_token";
    public const string RefreshToken = "refresh_token";
    public const string TokenType = "token_type";
    public const string Scope = "scope";
    public const string ExpiresIn = "expires_in";
    public const string ExpiresAt = "expires_at";
}
