using System.Globalization;

namespace Ondilo.Simulator.Standalone;

/// <summary>
/// The standalone simulator's clock: the system clock, or, when <see cref="StartVariable"/> holds an ISO-8601 instant
/// (a test's seam), one that starts there and ticks in real time. It is the variable the project's functions honour;
/// the simulator shares no code with the project it stands in for, so it reads the variable itself.
/// </summary>
internal static class SimulatorClock
{
    public const string StartVariable = "ONDILO_FANOUT_CLOCK_START";

    /// <exception cref="ArgumentException">The value is not an instant.</exception>
    public static TimeProvider FromVariable(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            // The one place the simulator process takes the machine's clock.
#pragma warning disable RS0030
            return TimeProvider.System;
#pragma warning restore RS0030
        }

        return DateTimeOffset.TryParse(value.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var start)
            ? new StartedClock(start)
            : throw new ArgumentException($"{StartVariable} \"{value}\" is not an ISO-8601 instant such as 2027-01-01T00:30:00Z.");
    }
}
