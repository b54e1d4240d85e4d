using System.Globalization;
using OndiloFanout.Contracts;
using OndiloFanout.Domain.Collection;
using OndiloFanout.Domain.Pools;
using OndiloFanout.Lambda;

namespace OndiloFanout.Pipeline.Composition;

/// <summary>
/// The functions' settings, read once at init from the environment (names in <see cref="SettingNames"/>).
/// Every problem is collected into one <see cref="InvalidSettingsException"/>, so a deployment shows all of them at once.
/// </summary>
public sealed record FunctionSettings
{
    public required string TokenSecretId { get; init; }
    public required string QueueUrl { get; init; }
    public required string DeadLetterQueueUrl { get; init; }
    public required string StateTableName { get; init; }
    /// <summary>Only the fetcher needs it.</summary>
    public string? DeliveryStreamName { get; init; }
    public required Uri ApiBaseUrl { get; init; }
    public required int CallsPerHour { get; init; }
    /// <summary>Processes that may call the API at once; the spacing of each one's calls follows (<see cref="CallPacing"/>).</summary>
    public required int ApiCallers { get; init; }
    public required IReadOnlyList<string> MeasureTypes { get; init; }
    /// <summary>Bucket of the pool snapshots; null writes none.</summary>
    public string? PoolSnapshotBucket { get; init; }
    /// <summary>The lake's key prefix for the snapshots; default empty.</summary>
    public string PoolSnapshotPrefix { get; init; } = "";
    /// <summary>Read each pool's thresholds once a week; default false (it costs one API call per pool per week).</summary>
    public bool ReadPoolThresholds { get; init; }

    /// <summary>Reads the settings; <paramref name="needsDeliveryStream"/> for the fetcher.</summary>
    public static FunctionSettings Read(Func<string, string?> environment, bool needsDeliveryStream)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var problems = new List<string>();
        string Required(string name)
        {
            var value = environment(name);
            if (string.IsNullOrWhiteSpace(value))
            {
                problems.Add($"{name} is not set");
            }

            return value?.Trim() ?? "";
        }

        var measureTypes = ReadMeasureTypes(environment(SettingNames.MeasureTypes), problems);
        var settings = new FunctionSettings
        {
            TokenSecretId = Required(SettingNames.TokenSecretId),
            QueueUrl = Required(SettingNames.QueueUrl),
            DeadLetterQueueUrl = Required(SettingNames.DeadLetterQueueUrl),
            StateTableName = Required(SettingNames.StateTableName),
            DeliveryStreamName = needsDeliveryStream ? Required(SettingNames.DeliveryStreamName) : environment(SettingNames.DeliveryStreamName),
            ApiBaseUrl = ReadApiBaseUrl(environment(SettingNames.ApiBaseUrl), problems),
            CallsPerHour = ReadCallsPerHour(environment(SettingNames.CallsPerHour), QuotaWindow.CallsOfOneRead(measureTypes.Where(MeasureType.IsKnown).ToArray()), problems),
            ApiCallers = ReadApiCallers(environment(SettingNames.ApiCallers), problems),
            MeasureTypes = measureTypes,
            PoolSnapshotBucket = string.IsNullOrWhiteSpace(environment(SettingNames.PoolSnapshotBucket)) ? null : environment(SettingNames.PoolSnapshotBucket)!.Trim(),
            PoolSnapshotPrefix = environment(SettingNames.PoolSnapshotPrefix)?.Trim() ?? "",
            ReadPoolThresholds = ReadPoolThresholdsSetting(environment(SettingNames.PoolThresholds), problems),
        };
        return problems.Count == 0 ? settings : throw new InvalidSettingsException($"Bad function settings: {string.Join("; ", problems)}.");
    }

    private static Uri ReadApiBaseUrl(string? value, List<string> problems)
    {
        var fallback = new Uri("https://interop.ondilo.com");
        if (string.IsNullOrWhiteSpace(value))
        {
            return fallback;
        }

        if (Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http")
        {
            return uri;
        }

        problems.Add($"{SettingNames.ApiBaseUrl} \"{value}\" is not an http(s) URL");
        return fallback;
    }

    private static int ReadCallsPerHour(string? value, int minimum, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return QuotaLimits.DefaultCallsPerHour;
        }

        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var calls) && calls >= minimum && calls <= QuotaLimits.MaximumCallsPerHour)
        {
            return calls;
        }

        problems.Add(string.Create(
            CultureInfo.InvariantCulture,
            $"{SettingNames.CallsPerHour} \"{value}\" is not a whole number from {minimum} to {QuotaLimits.MaximumCallsPerHour} (one read of a pool costs {minimum} calls with a token refresh; the API allows {QuotaLimits.MaximumCallsPerHour} per hour)"));
        return QuotaLimits.DefaultCallsPerHour;
    }

    private static int ReadApiCallers(string? value, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return CallPacing.DeployedCallers;
        }

        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var callers) && callers is >= 1 and <= CallPacing.ApiCallsPerSecond)
        {
            return callers;
        }

        problems.Add($"{SettingNames.ApiCallers} \"{value}\" is not a whole number from 1 to {CallPacing.ApiCallsPerSecond} (the API allows {CallPacing.ApiCallsPerSecond} calls per second in all)");
        return CallPacing.DeployedCallers;
    }

    private static bool ReadPoolThresholdsSetting(string? value, List<string> problems)
    {
        switch (value?.Trim().ToLowerInvariant())
        {
            case null or "" or "off":
                return false;
            case "weekly":
                return true;
            default:
                problems.Add($"{SettingNames.PoolThresholds} \"{value}\" is neither \"off\" nor \"weekly\"");
                return false;
        }
    }

    private static IReadOnlyList<string> ReadMeasureTypes(string? value, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return MeasureType.All;
        }

        var types = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var unknown = types.Where(t => !MeasureType.IsKnown(t)).ToArray();
        if (types.Length == 0 || unknown.Length > 0)
        {
            problems.Add($"{SettingNames.MeasureTypes} names unknown types ({string.Join(", ", unknown)}); known: {string.Join(", ", MeasureType.All)}");
        }

        return types;
    }
}
