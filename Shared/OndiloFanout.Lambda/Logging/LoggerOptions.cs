using OndiloFanout.Contracts;

namespace OndiloFanout.Lambda.Logging;

/// <summary>How a <see cref="JsonLogger"/> writes: its service name and the lowest level it writes.</summary>
public sealed record LoggerOptions
{
    /// <summary>Powertools' name for a service nobody named.</summary>
    public const string UndefinedService = "service_undefined";

    /// <summary>The fallback level variable when <see cref="SettingNames.LogLevel"/> is not set.</summary>
    public const string FallbackLogLevelVariable = "LOG_LEVEL";

    /// <summary>The <c>service</c> key of every line; default <see cref="UndefinedService"/>.</summary>
    public string Service { get; init; } = UndefinedService;

    /// <summary>Lines below this level are dropped; default <see cref="LogLevel.Information"/>.</summary>
    public LogLevel MinimumLevel { get; init; } = LogLevel.Information;

    /// <summary>
    /// Options from <c>POWERTOOLS_SERVICE_NAME</c> and <c>POWERTOOLS_LOG_LEVEL</c>, else <c>LOG_LEVEL</c>, else Information.
    /// Level names are case-insensitive; <c>trace</c> reads as Debug, <c>info</c>/<c>warn</c>/<c>fatal</c> as their long forms.
    /// </summary>
    public static LoggerOptions FromEnvironment(Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var service = environment(SettingNames.ServiceName);
        var level = ParseLevel(environment(SettingNames.LogLevel))
            ?? ParseLevel(environment(FallbackLogLevelVariable))
            ?? LogLevel.Information;
        return new LoggerOptions
        {
            Service = string.IsNullOrWhiteSpace(service) ? UndefinedService : service,
            MinimumLevel = level,
        };
    }

    private static LogLevel? ParseLevel(string? text) => text?.Trim().ToUpperInvariant() switch
    {
        "TRACE" or "DEBUG" => LogLevel.Debug,
        "INFO" or "INFORMATION" => LogLevel.Information,
        "WARN" or "WARNING" => LogLevel.Warning,
        "ERROR" => LogLevel.Error,
        "FATAL" or "CRITICAL" => LogLevel.Critical,
        _ => null,
    };
}
