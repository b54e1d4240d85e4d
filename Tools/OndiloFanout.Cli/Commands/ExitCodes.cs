namespace OndiloFanout.Cli.Commands;

/// <summary>The CLI's exit codes.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;
    /// <summary>The work failed (API, token, I/O); the message says what to do.</summary>
    public const int Failed = 1;
    /// <summary>The command line or the request was refused; nothing was done.</summary>
    public const int Usage = 2;
    /// <summary>The run finished, but some device-days ended in the dead-letter queue (listed with their reasons).</summary>
    public const int DeadLettered = 3;
    /// <summary>Stopped by Ctrl+C or SIGTERM (128 + SIGINT, as shells report it); what was written stays.</summary>
    public const int Interrupted = 130;
}
