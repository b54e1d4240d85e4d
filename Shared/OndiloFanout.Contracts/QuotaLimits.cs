namespace OndiloFanout.Contracts;

/// <summary>The limits of the shared hourly budget of Ondilo API calls, the same for the stack, the functions and the CLI.</summary>
public static class QuotaLimits
{
    /// <summary>The default budget per hour: the API allows 30, and the user's phone app and home automation need some.</summary>
    public const int DefaultCallsPerHour = 20;

    /// <summary>The API's own limit per hour: a larger budget could only earn its 400 answers.</summary>
    public const int MaximumCallsPerHour = 30;

    /// <summary>
    /// The smallest budget that can serve a fetch: one read of every measure type of a pool (a pool has salt or TDS, not
    /// both: 6) plus a token refresh. A smaller budget never grants a fetch and could only defer it, so the CLI, the stack
    /// and the functions refuse it.
    /// </summary>
    public const int MinimumCallsPerHour = 7;
}
