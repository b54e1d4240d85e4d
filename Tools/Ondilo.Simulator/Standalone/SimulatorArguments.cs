using System.Globalization;

namespace Ondilo.Simulator.Standalone;

/// <summary>Parses the standalone command line into <see cref="SimulatorOptions"/>.</summary>
internal static class SimulatorArguments
{
    public const string Usage =
        "Usage: Ondilo.Simulator [--pools N] [--seed N] [--port N] [--faults RATE] [--latency-ms N]\n" +
        "                        [--calls-per-hour N] [--calls-per-second N] [--no-quota]\n" +
        "                        [--timestamps space|offset|mixed] [--deny-consent]\n" +
        "Environment: " + SimulatorClock.StartVariable + "=2027-01-01T00:30:00Z starts the simulator's clock at that instant.";

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
