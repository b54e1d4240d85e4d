using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace OndiloFanout.Ondilo;

/// <summary>
/// The stored form of a token: the OAuth token response JSON plus <c>expires_at</c> (ISO-8601 UTC).
/// Also reads the original Python project's secret: a Python dict repr with single quotes and
/// <c>expires_at</c> in epoch seconds.
/// </summary>
public static class OndiloTokenFormat
{
    /// <summary>Far above any real token (Secrets Manager itself stops at 64 KiB); stops a wrong file early.</summary>
    public const int MaxLength = 65_536;

    private const string Subject = "The stored token";

    // Tokens hold only ASCII, so the relaxed encoder keeps '+' and '/' readable without any HTML risk.
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// Parses a stored token; throws <see cref="TokenUnavailableException"/> for an empty or corrupt one,
    /// naming the problem but never the value.
    /// </summary>
    public static OndiloToken Parse(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new TokenUnavailableException($"{Subject} is empty.");
        }

        if (text.Length > MaxLength)
        {
            throw new TokenUnavailableException($"{Subject} is too large ({text.Length} characters; at most {MaxLength}).");
        }

        var trimmed = text.Trim().TrimStart('\uFEFF').Trim();
        CheckUtf16(trimmed);
        using var document = ReadDocument(trimmed);
        return ReadToken(document.RootElement);
    }

    /// <summary>
    /// The JSON stored by this project: <c>access_token, refresh_token, token_type, scope</c> (when known) and
    /// <c>expires_at</c> (ISO-8601 UTC). <c>expires_in</c> is not written: relative to an unknown moment it would mislead.
    /// </summary>
    public static string Serialize(OndiloToken token)
    {
        ArgumentNullException.ThrowIfNull(token);
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteString(TokenFields.AccessToken, token.AccessToken);
            writer.WriteString(TokenFields.RefreshToken, token.RefreshToken);
            writer.WriteString(TokenFields.TokenType, token.TokenType);
            if (token.Scope is not null)
            {
                writer.WriteString(TokenFields.Scope, token.Scope);
            }

            writer.WriteString(TokenFields.ExpiresAt, token.ExpiresAt.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.FFFFFFFZ", System.Globalization.CultureInfo.InvariantCulture));
            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static JsonDocument ReadDocument(string text)
    {
        string jsonProblem;
        try
        {
            return JsonDocument.Parse(text);
        }
        catch (JsonException ex)
        {
            // The JsonException message can quote a character of the text, so only its position is kept.
            jsonProblem = $"line {ex.LineNumber + 1}, byte {ex.BytePositionInLine + 1}";
        }

        if (!PythonLiteralReader.TryConvertToJson(text, out var json, out var pythonProblem))
        {
            throw new TokenUnavailableException(
                $"{Subject} is neither JSON (invalid at {jsonProblem}) nor a Python dict ({pythonProblem}).");
        }

        return JsonDocument.Parse(json);
    }

    private static OndiloToken ReadToken(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new TokenUnavailableException($"{Subject} is a JSON {root.ValueKind.ToString().ToLowerInvariant()}, not an object.");
        }

        return new OndiloToken
        {
            AccessToken = ReadSecret(root, TokenFields.AccessToken),
            RefreshToken = ReadSecret(root, TokenFields.RefreshToken),
            TokenType = ReadOptionalString(root, TokenFields.TokenType) ?? "Bearer",
            Scope = ReadScope(root),
            ExpiresAt = ReadExpiresAt(root),
        };
    }

    private static string ReadSecret(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            throw new TokenUnavailableException($"{Subject} has no {name}.");
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            throw new TokenUnavailableException($"{Subject}'s {name} is a {Describe(value)}, not a string.");
        }

        var secret = value.GetString()!;
        if (secret.Length == 0)
        {
            throw new TokenUnavailableException($"{Subject}'s {name} is empty.");
        }

        // It goes into an HTTP header or form as is: anything outside visible ASCII means the store is damaged.
        if (secret.Any(c => c is < '!' or > '~'))
        {
            throw new TokenUnavailableException($"{Subject}'s {name} holds characters an OAuth token cannot have.");
        }

        return secret;
    }

    private static string? ReadOptionalString(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : throw new TokenUnavailableException($"{Subject}'s {name} is a {Describe(value)}, not a string.");
    }

    private static string? ReadScope(JsonElement root)
    {
        if (!root.TryGetProperty(TokenFields.Scope, out var value) || value.ValueKind != JsonValueKind.Array)
        {
            return ReadOptionalString(root, TokenFields.Scope);
        }

        // requests-oauthlib stores the scope as a list; OAuth's wire form is space-separated.
        var parts = new List<string>();
        foreach (var item in value.EnumerateArray())
        {
            parts.Add(item.ValueKind == JsonValueKind.String
                ? item.GetString()!
                : throw new TokenUnavailableException($"{Subject}'s scope list holds a {Describe(item)}, not a string."));
        }

        return string.Join(' ', parts);
    }

    private static DateTimeOffset ReadExpiresAt(JsonElement root)
    {
        if (!root.TryGetProperty(TokenFields.ExpiresAt, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            // Without an expiry the access token's age is unknown: treat it as expired so the first use refreshes it
            // (one API call) instead of risking a 401. The Unix epoch, not MinValue, so that "expiry minus skew" stays valid.
            return DateTimeOffset.UnixEpoch;
        }

        switch (value.ValueKind)
        {
            case JsonValueKind.String when OndiloTimestamp.TryParse(value.GetString(), out var at):
                return at;
            case JsonValueKind.Number when value.TryGetDouble(out var seconds) && seconds is >= 0 and < 253_402_300_800:
                // requests-oauthlib writes epoch seconds with a fraction (time.time() + expires_in).
                return DateTimeOffset.FromUnixTimeMilliseconds((long)Math.Round(seconds * 1000));
            case JsonValueKind.String or JsonValueKind.Number:
                throw new TokenUnavailableException($"{Subject}'s {TokenFields.ExpiresAt} is not a valid time.");
            default:
                throw new TokenUnavailableException($"{Subject}'s {TokenFields.ExpiresAt} is a {Describe(value)}, not a time.");
        }
    }

    private static void CheckUtf16(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                throw new TokenUnavailableException($"{Subject} is not valid text (a broken character at position {i}).");
            }
        }
    }

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.True or JsonValueKind.False => "boolean",
        _ => value.ValueKind.ToString().ToLowerInvariant(),
    };
}
