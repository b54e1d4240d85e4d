namespace OndiloFanout.Ondilo;

/// <summary>
/// The stored form of a token: the OAuth token response JSON plus <c>expires_at</c> (ISO-8601 UTC).
/// Also reads the original Python project's secret: a Python dict repr with single quotes and
/// <c>expires_at</c> in epoch seconds.
/// </summary>
public static class OndiloTokenFormat
{
    /// <summary>Parses a stored token; throws <see cref="Ports.TokenUnavailableException"/> for an empty or corrupt one, naming the problem but never the value.</summary>
    public static OndiloToken Parse(string text) => throw new NotImplementedException();

    /// <summary>The JSON stored by this project: <c>access_token, refresh_token, token_type, scope, expires_in, expires_at</c>.</summary>
    public static string Serialize(OndiloToken token) => throw new NotImplementedException();
}
