using System.Globalization;
using OndiloFanout.Contracts;

namespace OndiloFanout.Lambda;

/// <summary>The clock a process composes its services with.</summary>
internal static class ProcessClock
{
    /// <summary>
    /// The system clock; or, when <paramref name="clockStart"/> (the value of <see cref="SettingNames.ClockStart"/>,
    /// which only tests set) holds an ISO-8601 instant, a clock that starts there.
    /// </summary>
    /// <exception cref="InvalidSettingsException">The value is not an instant.</exception>
    public static TimeProvider FromSetting(string? clockStart)
    {
        if (string.IsNullOrWhiteSpace(clockStart))
        {
            // The one place a function process takes the machine's clock.
#pragma warning disable RS0030
            return TimeProvider.System;
#pragma warning restore RS0030
        }

        return DateTimeOffset.TryParse(clockStart.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var start)
            ? new FixedStartTimeProvider(start)
            : throw new InvalidSettingsException($"{SettingNames.ClockStart} \"{clockStart}\" is not an ISO-8601 instant such as 2027-01-01T00:30:00Z.");
    }
}
