using System.Text.Json;

namespace OndiloFanout.Ondilo;

/// <summary>
/// Reads what a 400 from the token endpoint means. The hourly quota is a 400 too, so the status alone cannot say
/// "log in again": the body tells them apart. OAuth's <c>invalid_grant</c> (RFC 6749 §5.2) is a revoked login; the
/// API's own error object naming the quota (<c>{"error":{"message":"Too many requests, quota exceeded"}}</c>) is the
/// quota; RFC 6749's other codes mean the request itself is wrong. Anything else is ambiguous: it could be either
/// cause, so it is handled as both (<see cref="OndiloFailure.AmbiguousRefusal"/>) rather than guessed. Only codes from
/// these fixed lists reach a message, never the body, which may echo a token.
/// </summary>
internal static class TokenRefusal
{
    private const string RevokedLogin = "invalid_grant";

    // RFC 6749 §5.2's other token endpoint errors: the request or the client is wrong, which a login does not fix.
    private static readonly string[] RequestErrors = ["invalid_request", "invalid_client", "unauthorized_client", "unsupported_grant_type", "invalid_scope"];

    private static readonly string[] QuotaWords = ["quota", "too many"];

    public static (OndiloFailure Failure, string Advice) Read(byte[] body, string refusal)
    {
        ArgumentNullException.ThrowIfNull(body);
        var error = ErrorOf(body);
        if (error.ValueKind == JsonValueKind.String && error.GetString() is { } code)
        {
            if (code == RevokedLogin)
            {
                return (OndiloFailure.LoginRequired, $"Ondilo says {refusal} ({RevokedLogin}): run `ondilo-fanout login` to store a new token.");
            }

            if (RequestErrors.Contains(code, StringComparer.Ordinal))
            {
                return (OndiloFailure.Rejected, $"The token request itself was refused ({code}); logging in again does not fix that.");
            }
        }

        if (error.ValueKind == JsonValueKind.Object && NamesTheQuota(error))
        {
            return (OndiloFailure.QuotaExhausted, "The hourly quota is spent.");
        }

        return (OndiloFailure.AmbiguousRefusal,
            "The answer names neither a revoked login nor the quota: taken as the hourly quota, so nothing calls again this hour, "
            + "and counted as a failed attempt; if it lasts, run `ondilo-fanout login` to store a new token.");
    }

    // The "error" member of a JSON object body; Undefined for any other body.
    private static JsonElement ErrorOf(byte[] body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("error", out var error)
                ? error.Clone()
                : default;
        }
        catch (JsonException)
        {
            return default;
        }
    }

    private static bool NamesTheQuota(JsonElement error) =>
        error.TryGetProperty("message", out var message)
        && message.ValueKind == JsonValueKind.String
        && QuotaWords.Any(word => message.GetString()!.Contains(word, StringComparison.OrdinalIgnoreCase));
}
