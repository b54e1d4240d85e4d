namespace OndiloFanout.Ondilo;

/// <summary>The stored token is missing, empty or unreadable. The message says how to fix it and never holds the token.</summary>
public sealed class TokenUnavailableException : Exception
{
    public const string Remedy = "Run `ondilo-fanout login` to store a new token.";

    public TokenUnavailableException(string problem, Exception? inner = null)
        : base($"{problem} {Remedy}", inner)
    {
    }
}
