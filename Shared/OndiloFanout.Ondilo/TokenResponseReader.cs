using System.Globalization;
using System.Text.Json;

namespace OndiloFanout.Ondilo;

/// <summary>
/// Reads the token endpoint's JSON answer. Problems are thrown as <see cref="FormatException"/> naming a field,
/// never a value, and without the parser's own message (it can quote the body, which holds the tokens).
/// </summary>
internal static class TokenResponseReader
{
    /// <summary>The documented access token lifetime, used when an answer lacks <c>expires_in</c>.</summary>
    private static readonly TimeSpan DefaultLifetime = TimeSpan.FromHours(1);

    /// <param name="body">The UTF-8 JSON body.</param>
    /// <param name="now">When the answer arrived; the expiry is counted from it.</param>
    /// <param name="previousRefreshToken">Kept when the answer carries no refresh token (refresh tokens do not rotate).</param>
    public static OndiloToken Read(byte[] body, DateTimeOffset now, string? previousRefreshToken)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            throw new FormatException("the body is not valid JSON");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new FormatException("the body is not a JSON object");
            }

            var refreshToken = ReadString(root, TokenFields.RefreshToken) ?? previousRefreshToken
                ?? throw new FormatException($"the answer has no {TokenFields.RefreshToken}");
            return new OndiloToken
            {
                AccessToken = ReadString(root, TokenFields.AccessToken) ?? throw new FormatException($"the answer has no {TokenFields.AccessToken}"),
                RefreshToken = refreshToken,
                TokenType = ReadString(root, TokenFields.TokenType) ?? "Bearer",
                Scope = ReadScope(root),
                ExpiresAt = now + ReadLifetime(root),
            };
        }
    }

    private static string? ReadString(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text
            ? text
            : throw new FormatException($"{name} is not a non-empty string");
    }

    private static string? ReadScope(JsonElement root)
    {
        if (!root.TryGetProperty(TokenFields.Scope, out var value) || value.ValueKind != JsonValueKind.Array)
        {
            return ReadString(root, TokenFields.Scope);
        }

        return string.Join(' ', value.EnumerateArray().Select(item => item.ValueKind == JsonValueKind.String
            ? item.GetString()
            : throw new FormatException($"{TokenFields.Scope} holds a value that is not a string")));
    }

    private static TimeSpan ReadLifetime(JsonElement root)
    {
        if (!root.TryGetProperty(TokenFields.ExpiresIn, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return DefaultLifetime;
        }

        // Some OAuth servers send expires_in as a string; the number is what matters.
        var ok = value.ValueKind switch
        {
            JsonValueKind.Number => value.TryGetDouble(out var seconds) ? seconds : -1,
            JsonValueKind.String => double.TryParse(value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) ? parsed : -1,
            _ => -1,
        };

        return ok is >= 0 and <= 315_360_000
            ? TimeSpan.FromSeconds(ok)
            : throw new FormatException($"{TokenFields.ExpiresIn} is not a number of seconds");
    }
}
