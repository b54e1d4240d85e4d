using System.CommandLine;
using OndiloFanout.Contracts;
using OndiloFanout.Local.Run;

namespace OndiloFanout.Cli.Commands;

/// <summary>The options of the embedded pipeline (simulator, API, token, data lake, budget), shared by <c>run</c> and <c>backfill --local</c>.</summary>
internal sealed class LocalPipelineOptions
{
    /// <summary>The least budget a run can work with (one read of a pool: a call per measure type and a token refresh).</summary>
    public static int MinimumCallsPerHour => QuotaLimits.MinimumCallsPerHour;

    /// <summary>The Ondilo API's own limit per user and hour; above it the API blocks the account for the rest of the hour.</summary>
    public const int ApiCallsPerHour = QuotaLimits.MaximumCallsPerHour;

    public Option<bool> Simulate { get; } = new("--simulate") { Description = "Start the Ondilo API simulator on loopback and collect from it (no account needed)." };
    public Option<int> SimulatePools { get; } = new Option<int>("--simulate-pools") { Description = "Pools the simulator serves.", DefaultValueFactory = _ => 3 }.Within(1, 10_000);
    public Option<double> SimulateFaults { get; } = new Option<double>("--simulate-faults") { Description = "Share of simulator requests that fail (500/502/503, truncated JSON, resets), 0 to 1.", DefaultValueFactory = _ => 0 }.Within(0.0, 1.0);
    public Option<int> SimulateSeed { get; } = new("--simulate-seed") { Description = "Seed of the simulator's data and faults.", DefaultValueFactory = _ => 1 };

    // A string, parsed by hand: System.CommandLine has no Uri parser without reflection.
    public Option<string?> ApiUrl { get; } = new("--api-url") { Description = "Host root of the Ondilo API (default https://interop.ondilo.com)." };
    public Option<string?> TokenFile { get; } = new("--token-file") { Description = "Token file written by `ondilo-fanout login` (default ~/.config/ondilo-fanout/token.json)." };
    public Option<string?> Output { get; } = new("--out") { Description = $"Data lake folder (default ./{LocalPaths.DefaultLake}, or ./{LocalPaths.DefaultSimulatedLake} with --simulate); state and ledger live in its .ondilo-fanout/." };
    public Option<int> CallsPerHour { get; } = new Option<int>("--calls-per-hour")
    {
        Description = $"Shared budget of Ondilo API calls per hour, {MinimumCallsPerHour} to {ApiCallsPerHour} (the API allows {ApiCallsPerHour}; leave some for the phone app).",
        DefaultValueFactory = _ => QuotaLimits.DefaultCallsPerHour,
    }.Refusing(CallsPerHourProblem);

    public Option<bool> PoolThresholds { get; } = new("--pool-thresholds") { Description = "Read each pool's alert thresholds once a week into the pool snapshot (one API call per pool and week)." };

    public IReadOnlyList<Option> All => [Simulate, SimulatePools, SimulateFaults, SimulateSeed, ApiUrl, TokenFile, Output, CallsPerHour, PoolThresholds];

    /// <summary>The pipeline's options for <paramref name="payload"/>, or null with <paramref name="error"/> when a value is refused.</summary>
    public RunOptions? Build(ParseResult parse, string payload, bool dryRun, out string? error)
    {
        ArgumentNullException.ThrowIfNull(parse);
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
            OutputDirectory = parse.GetValue(Output) ?? (parse.GetValue(Simulate) ? LocalPaths.DefaultSimulatedLake : LocalPaths.DefaultLake),
            DryRun = dryRun,
            CallsPerHour = parse.GetValue(CallsPerHour),
            Simulate = parse.GetValue(Simulate),
            SimulatePools = parse.GetValue(SimulatePools),
            SimulateFaults = parse.GetValue(SimulateFaults),
            SimulateSeed = parse.GetValue(SimulateSeed),
            ApiUrl = api,
            TokenFile = parse.GetValue(TokenFile),
            PoolThresholds = parse.GetValue(PoolThresholds),
        };
    }

    private static string? CallsPerHourProblem(int callsPerHour) => callsPerHour switch
    {
        _ when callsPerHour < MinimumCallsPerHour => $"is below {MinimumCallsPerHour}, the calls of one read (6 measure types and a token refresh): no fetch could ever start; give {MinimumCallsPerHour} to {ApiCallsPerHour}",
        > ApiCallsPerHour => $"is above {ApiCallsPerHour}, the Ondilo API's own hourly limit, past which it blocks the account for the rest of the hour; give {MinimumCallsPerHour} to {ApiCallsPerHour}",
        _ => null,
    };
}
