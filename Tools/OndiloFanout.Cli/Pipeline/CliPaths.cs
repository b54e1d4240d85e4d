namespace OndiloFanout.Cli.Pipeline;

/// <summary>Where the CLI keeps things by default.</summary>
internal static class CliPaths
{
    /// <summary>The token file <c>login</c> writes and <c>run</c> reads: <c>~/.config/ondilo-fanout/token.json</c> on Linux.</summary>
    public static string DefaultTokenFile =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.ApplicationData, Environment.SpecialFolderOption.DoNotVerify), "ondilo-fanout", "token.json");
}
