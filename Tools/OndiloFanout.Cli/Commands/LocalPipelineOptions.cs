using System.CommandLine;
using OndiloFanout.Cli.Pipeline;
using OndiloFanout.Collection;

namespace OndiloFanout.Cli.Commands;

/// <summary>The options of the embedded pipeline (simulator, API, token, data lake, budget), shared by <c>run</c> and <c>backfill --local</c>.</summary>
internal sealed class LocalPipelineOptions
{
    public Option<bool> Simulate { get; } = new("--simulate") { Description = "Start the Ondilo API simulator on loopback and collect from it (no account needed)." };
    public Option<int> SimulatePools { get; } = new("--simulate-pools") { Description = "Pools the simulator serves.", DefaultValueFactory = _ => 3 };
    public Option<double> SimulateFaults { get; } = new("--simulate-faults") { Description = "Share of simulator requests that fail (500/502/503, truncated JSON, resets), 0 to 1.", DefaultValueFactory = _ => 0 };
    public Option<int> SimulateSeed { get; } = new("--simulate-seed") { Description = "Seed of the simulator's data and faults.", DefaultValueFactory = _ => 1 };

    // A string, parsed by hand: System.CommandLine has no Uri parser without reflection.
    public Option<string?> ApiUrl { get; } = new("--api-url") { Description = "Host root of the Ondilo API (default https://interop.ondilo.com)." };
    public Option<string?> TokenFile { get; } = new("--token-file") { Description = "Token file written by `ondilo-fanout login` (default ~/.config/ondilo-fanout/token.json)." };
    public Option<string> Output { get; } = new("--out") { Description = "Data lake folder.", DefaultValueFactory = _ => "datalake" };
    public Option<int> CallsPerHour { get; } = new("--calls-per-hour") { Description = "Shared budget of Ondilo API calls per hour (the API allows 30).", DefaultValueFactory = _ => QuotaWindow.DefaultCallsPerHour };

    public Option<bool> PoolThresholds { get; } = new("--pool-thresholds") { Description = "Read each pool's alert thresholds once a week into the pool snapshot (one API call per pool and week)." };

    public IReadOnlyList<Option> All => [Simulate, SimulatePools, SimulateFaults, SimulateSeed, ApiUrl, TokenFile, Output, CallsPerHour, PoolThresholds];

    /// <summary>The pipeline's options for <paramref name="payload"/>, or null with <paramref name="error"/> when a value is out of range.</summary>
    public RunOptions? Build(ParseResult parse, string payload, out string? error)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var faults = parse.GetValue(SimulateFaults);
        var budget = parse.GetValue(CallsPerHour);
        if (faults is < 0 or > 1 || budget < 1 || parse.GetValue(SimulatePools) < 1)
        {
            error = "--simulate-faults must be within 0..1, --calls-per-hour and --simulate-pools at least 1.";
            return null;
        }

        Uri? api = null;
        if (parse.GetValue(ApiUrl) is { } url && !(Uri.TryCreate(url, UriKind.Absolute, out api) && api.Scheme is "http" or "https"))
        {
            error = $"--api-url \"{url}\" is not an http(s) URL; the API's host root is https://interop.ondilo.com.";
            return null;
        }

        error = null;
        return new RunOptions
        {
            Payload = payload,
            OutputDirectory = parse.GetValue(Output)!,
            CallsPerHour = budget,
            Simulate = parse.GetValue(Simulate),
            SimulatePools = parse.GetValue(SimulatePools),
            SimulateFaults = faults,
            SimulateSeed = parse.GetValue(SimulateSeed),
            ApiUrl = api,
            TokenFile = parse.GetValue(TokenFile),
            PoolThresholds = parse.GetValue(PoolThresholds),
        };
    }
}
