namespace OndiloFanout.Cli.Login;

/// <summary>The login did not complete; the message says why and what to do. Never holds a token.</summary>
internal sealed class LoginException(string message) : Exception(message);
