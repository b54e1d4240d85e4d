namespace OndiloFanout.Local.Run;

/// <summary>Where the CLI keeps the local run's files by default.</summary>
public static class LocalPaths
{
    /// <summary>The data lake folder of runs against the real API, relative to the working folder.</summary>
    public const string DefaultLake = "datalake";

    /// <summary>The data lake folder of simulated runs: simulated data never lands in the real lake by accident.</summary>
    public const string DefaultSimulatedLake = "datalake-sim";

    /// <summary>
    /// What to do about a lake folder that holds nothing: collect into it, or, when it is the default and simulated runs
    /// filled their own default folder, read that one.
    /// </summary>
    public static string MissingLakeHint(string lake) =>
        lake == DefaultLake && Directory.Exists(DefaultSimulatedLake)
            ? $"Simulated runs write ./{DefaultSimulatedLake}: add --out {DefaultSimulatedLake}."
            : $"Collect into it first (ondilo-fanout run --simulate --month --out {lake}), or point --out at the folder a run wrote.";

    /// <summary>The token file <c>login</c> writes and <c>run</c> reads: <c>~/.config/ondilo-fanout/token.json</c> on Linux.</summary>
    public static string DefaultTokenFile =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.ApplicationData, Environment.SpecialFolderOption.DoNotVerify), "ondilo-fanout", "token.json");
}
