using System.Globalization;

namespace Ondilo.Simulator.Standalone;

/// <summary>Parses the standalone command line into <see cref="SimulatorOptions"/>.</summary>
internal static class SimulatorArguments
{
    public const string Usage = $"""
        Usage: OndiloFanout.Simulator [--pools N] [--seed N] [--port N] [--faults RATE] [--latency-ms N]
                                      [--calls-per-hour N] [--calls-per-second N] [--no-quota]
                                      [--timestamps space|offset|mixed] [--deny-consent]

        An emulation of the Ondilo Customer API v1 and its OAuth server on 127.0.0.1, with the API's quotas
        (30 calls an hour, 5 a second), rolling history windows and both timestamp formats. It prints its address
        and a valid token, and runs until Ctrl+C or SIGTERM.

          --pools N             pools of the simulated account (default 3)
          --seed N              seed of the data and the faults (default 1)
          --port N              port on 127.0.0.1 (default: a free one)
          --faults RATE         share of requests that fail (500/502/503, truncated JSON, resets), 0 to 1
          --latency-ms N        delay of every answer
          --calls-per-hour N    the hourly quota (default 30); --calls-per-second N the per-second one (default 5)
          --no-quota            no quota at all
          --timestamps FORMAT   space (2024-01-01 01:00:00, as the API sends today), offset (+0000) or mixed
          --deny-consent        the authorize page refuses access, as a user who clicks "deny"

        Example:
          dotnet run --project Tools/Ondilo.Simulator -- --pools 3 --port 47123
          ondilo-fanout login --api-url http://127.0.0.1:47123 --no-browser --token-file token.json

        Environment: {SimulatorClock.StartVariable}=2027-01-01T00:30:00Z starts the simulator's clock at that instant
        (tests use it; by default the clock is the machine's).

        Exit codes: 0 stopped (Ctrl+C or SIGTERM) or help shown, 2 bad command line.
        """;

    /// <summary>True when the command line asks for the usage text.</summary>
    public static bool IsHelp(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        return args.Any(arg => arg is "--help" or "-h" or "-?");
    }

    /// <exception cref="ArgumentException">An unknown option or a bad value; the message says which.</exception>
    public static SimulatorOptions Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var options = new SimulatorOptions();
        for (var i = 0; i < args.Count; i++)
        {
            var option = args[i];
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{option} needs a value.");
            options = option switch
            {
                "--pools" => options with { Pools = Int(Value(), option, 0) },
                "--seed" => options with { Seed = Int(Value(), option, int.MinValue) },
                "--port" => options with { Port = Int(Value(), option, 0) },
                "--faults" => options with { FaultRate = Rate(Value(), option) },
                "--latency-ms" => options with { Latency = TimeSpan.FromMilliseconds(Int(Value(), option, 0)) },
                "--calls-per-hour" => options with { CallsPerHour = Int(Value(), option, 1) },
                "--calls-per-second" => options with { CallsPerSecond = Int(Value(), option, 1) },
                "--no-quota" => options with { QuotaEnabled = false },
                "--timestamps" => options with { TimestampFormat = Format(Value(), option) },
                "--deny-consent" => options with { DenyConsent = true },
                _ => throw new ArgumentException($"Unknown option {option}."),
            };
        }

        return options;
    }

    private static int Int(string text, string option, int min) =>
        int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && value >= min
            ? value
            : throw new ArgumentException($"{option} expects an integer of at least {min}, got '{text}'.");

    private static double Rate(string text, string option) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value is >= 0 and <= 1
            ? value
            : throw new ArgumentException($"{option} expects a share between 0 and 1, got '{text}'.");

    private static SimulatorTimestampFormat Format(string text, string option) => text switch
    {
        "space" => SimulatorTimestampFormat.Space,
        "offset" => SimulatorTimestampFormat.Offset,
        "mixed" => SimulatorTimestampFormat.Mixed,
        _ => throw new ArgumentException($"{option} expects space, offset or mixed, got '{text}'."),
    };
}
