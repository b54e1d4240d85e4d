using System.Web;

namespace OndiloFanout.Cli.Login;

/// <summary>What the authorization server sent back on the redirect URI: a code, or an error; always with the state.</summary>
internal sealed record AuthorizationResponse(string? Code, string? Error, string? State)
{
    /// <summary>Reads the query of a redirect URL (the loopback callback, or the URL a user pastes).</summary>
    public static AuthorizationResponse Parse(Uri redirect)
    {
        ArgumentNullException.ThrowIfNull(redirect);
        var query = HttpUtility.ParseQueryString(redirect.Query);
        return new AuthorizationResponse(query["code"], query["error"], query["state"]);
    }

    /// <summary>The code, once the state matches and no error came back; otherwise a <see cref="LoginException"/> saying why.</summary>
    public string CodeFor(string expectedState)
    {
        if (!string.Equals(State, expectedState, StringComparison.Ordinal))
        {
            throw new LoginException("The answer's state does not match this login (a stale or forged redirect); nothing was stored. Run login again.");
        }

        if (Error is not null)
        {
            throw new LoginException(Error == "access_denied"
                ? "Access was denied on the Ondilo consent page; nothing was stored."
                : $"The Ondilo authorization failed with \"{Error}\"; nothing was stored.");
        }

        return string.IsNullOrEmpty(Code) ? throw new LoginException("The redirect carries no authorization code; nothing was stored.") : Code;
    }
}
