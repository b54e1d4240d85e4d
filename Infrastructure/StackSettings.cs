using System.Globalization;
using System.Text.RegularExpressions;
using OndiloFanout.Contracts;

namespace OndiloFanout.Infrastructure;

/// <summary>
/// Everything the stack reads from CDK context (<c>-c key=value</c> or cdk.json), read once and validated,
/// so a bad value stops the synth with a message naming the key instead of deploying something odd.
/// </summary>
internal sealed partial record StackSettings
{
    /// <summary>Context key: the CloudFormation stack name, from which every fixed name is derived (<see cref="StackNames"/>).</summary>
    public const string StackNameKey = "stackName";
    /// <summary>Context key: folder with <c>scheduler/bootstrap</c> and <c>device-fetcher/bootstrap</c>.</summary>
    public const string LambdaAssetsKey = "lambdaAssets";
    /// <summary>Context key: an existing bucket to write into instead of creating one.</summary>
    public const string BucketNameKey = "s3bucketname";
    /// <summary>Context key: key prefix of the data in the bucket.</summary>
    public const string PrefixKey = "s3prefix";
    /// <summary>Context key: <c>none</c> or <c>gzip</c>.</summary>
    public const string CompressionKey = "compression";
    /// <summary>Context key: the shared hourly budget of Ondilo API calls.</summary>
    public const string CallsPerHourKey = "callsPerHour";
    /// <summary>Context key: the EventBridge schedule expression of the daily run.</summary>
    public const string ScheduleKey = "scheduleCron";
    /// <summary>Context key: an e-mail address subscribed to the alarm topic.</summary>
    public const string EmailKey = "email";
    /// <summary>Context key: the functions' log level.</summary>
    public const string LogLevelKey = "logLevel";
    /// <summary>Context key: <c>off</c> or <c>weekly</c>, whether pool snapshots carry the pools' thresholds.</summary>
    public const string PoolThresholdsKey = "poolThresholds";

    /// <summary>The stack name when none is given.</summary>
    public const string DefaultStackName = "OndiloFanout";
    /// <summary>Default asset folder, relative to the repository root where cdk.json lives.</summary>
    public const string DefaultLambdaAssets = "artifacts/lambda";
    /// <summary>02:30 UTC: the ICO uploads about hourly, so yesterday is complete two hours after midnight.</summary>
    public const string DefaultSchedule = "cron(30 2 * * ? *)";
    /// <summary>The API allows 30 calls per hour per user; the phone app and home automation need the rest.</summary>
    public const int DefaultCallsPerHour = QuotaLimits.DefaultCallsPerHour;
    /// <summary>Default log level of the functions.</summary>
    public const string DefaultLogLevel = "Information";
    /// <summary>Off by default: reading thresholds costs one API call per pool and week, and a month backfill one per pool.</summary>
    public const string DefaultPoolThresholds = "off";

    private static readonly string[] LogLevels = ["Trace", "Debug", "Information", "Warning", "Error", "Critical", "None"];

    /// <summary>The CloudFormation stack name; default <see cref="DefaultStackName"/>.</summary>
    public required string StackName { get; init; }
    /// <summary>Folder holding the two published function packages.</summary>
    public required string LambdaAssetsPath { get; init; }
    /// <summary>Existing bucket name, or null to create the bucket.</summary>
    public required string? ExistingBucketName { get; init; }
    /// <summary>Key prefix of the data: empty, or ending with '/'.</summary>
    public required string DataPrefix { get; init; }
    /// <summary>Compression of the delivered objects; default none.</summary>
    public required DeliveryCompression Compression { get; init; }
    /// <summary>Shared hourly API budget; default 20.</summary>
    public required int CallsPerHour { get; init; }
    /// <summary>EventBridge schedule expression; default <see cref="DefaultSchedule"/>.</summary>
    public required string ScheduleExpression { get; init; }
    /// <summary>Alarm e-mail address, or null for a topic without subscription.</summary>
    public required string? AlarmEmail { get; init; }
    /// <summary>Log level passed to the functions; default Information.</summary>
    public required string LogLevel { get; init; }
    /// <summary><c>off</c> (default) or <c>weekly</c>, passed to the scheduler.</summary>
    public required string PoolThresholds { get; init; }

    /// <summary>Reads and validates the settings; <paramref name="tryGetContext"/> is <c>Node.TryGetContext</c>.</summary>
    /// <exception cref="ArgumentException">A context value is invalid; the message names the key.</exception>
    public static StackSettings FromContext(Func<string, object?> tryGetContext)
    {
        ArgumentNullException.ThrowIfNull(tryGetContext);
        string? Read(string key) => tryGetContext(key)?.ToString() is { } text && text.Trim().Length > 0 ? text.Trim() : null;

        return new StackSettings
        {
            StackName = ParseStackName(Read(StackNameKey)),
            LambdaAssetsPath = Read(LambdaAssetsKey) ?? DefaultLambdaAssets,
            ExistingBucketName = ParseBucketName(Read(BucketNameKey)),
            DataPrefix = ParsePrefix(Read(PrefixKey)),
            Compression = ParseCompression(Read(CompressionKey)),
            CallsPerHour = ParseCallsPerHour(Read(CallsPerHourKey)),
            ScheduleExpression = ParseSchedule(Read(ScheduleKey)),
            AlarmEmail = ParseEmail(Read(EmailKey)),
            LogLevel = ParseLogLevel(Read(LogLevelKey)),
            PoolThresholds = ParsePoolThresholds(Read(PoolThresholdsKey)),
        };
    }

    /// <summary>Full path of one function's package folder under <see cref="LambdaAssetsPath"/>.</summary>
    /// <exception cref="InvalidOperationException">The folder holds no <c>bootstrap</c>: the functions were not published.</exception>
    public string PackagePath(string folder)
    {
        var path = Path.GetFullPath(Path.Combine(LambdaAssetsPath, folder));
        if (!File.Exists(Path.Combine(path, "bootstrap")))
        {
            throw new InvalidOperationException(
                $"No Lambda package at '{path}' (bootstrap missing): run Tools/build-lambdas.sh, or set context '{LambdaAssetsKey}'.");
        }

        return path;
    }

    private static string ParseStackName(string? value)
    {
        if (value is null)
        {
            return DefaultStackName;
        }

        if (StackNamePattern().IsMatch(value))
        {
            return value;
        }

        throw Invalid(StackNameKey, value, "a CloudFormation stack name: a letter, then up to 63 letters, digits or '-', such as 'OndiloFanoutStaging'");
    }

    private static string? ParseBucketName(string? value)
    {
        if (value is null || BucketNamePattern().IsMatch(value))
        {
            return value;
        }

        throw Invalid(BucketNameKey, value, "an S3 bucket name: 3-63 lower-case letters, digits, '.' or '-'");
    }

    private static string ParsePrefix(string? value)
    {
        var prefix = value?.TrimStart('/') ?? "";
        if (prefix.Length == 0)
        {
            return "";
        }

        // '!{' would be read by Firehose as a namespace expression; the rest keeps keys portable.
        if (!PrefixPattern().IsMatch(prefix) || prefix.Contains("//", StringComparison.Ordinal))
        {
            throw Invalid(PrefixKey, value!, "a key prefix of letters, digits and '/ - _ . =' only, such as 'lake/ondilo'");
        }

        return prefix.EndsWith('/') ? prefix : prefix + "/";
    }

    private static DeliveryCompression ParseCompression(string? value) => value?.ToUpperInvariant() switch
    {
        null or "NONE" => DeliveryCompression.None,
        "GZIP" => DeliveryCompression.Gzip,
        _ => throw Invalid(CompressionKey, value, "'none' or 'gzip'"),
    };

    private static int ParseCallsPerHour(string? value)
    {
        if (value is null)
        {
            return DefaultCallsPerHour;
        }

        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var calls) && calls >= QuotaLimits.MinimumCallsPerHour && calls <= QuotaLimits.MaximumCallsPerHour)
        {
            return calls;
        }

        throw Invalid(CallsPerHourKey, value,
            $"a whole number from {QuotaLimits.MinimumCallsPerHour} (the calls of one read: one per measure type plus a token refresh) to {QuotaLimits.MaximumCallsPerHour} (the API's hourly limit)");
    }

    private static string ParseSchedule(string? value)
    {
        if (value is null)
        {
            return DefaultSchedule;
        }

        if (SchedulePattern().IsMatch(value))
        {
            return value;
        }

        throw Invalid(ScheduleKey, value, "an EventBridge expression such as 'cron(30 2 * * ? *)' or 'rate(1 day)'");
    }

    private static string? ParseEmail(string? value)
    {
        if (value is null || EmailPattern().IsMatch(value))
        {
            return value;
        }

        throw Invalid(EmailKey, value, "an e-mail address");
    }

    private static string ParseLogLevel(string? value)
    {
        if (value is null)
        {
            return DefaultLogLevel;
        }

        return Array.Find(LogLevels, level => level.Equals(value, StringComparison.OrdinalIgnoreCase))
            ?? throw Invalid(LogLevelKey, value, string.Join(", ", LogLevels));
    }

    private static string ParsePoolThresholds(string? value) => value?.ToLowerInvariant() switch
    {
        null => DefaultPoolThresholds,
        "off" or "weekly" => value.ToLowerInvariant(),
        _ => throw Invalid(PoolThresholdsKey, value, "'off' or 'weekly'"),
    };

    private static ArgumentException Invalid(string key, string value, string expected) =>
        new($"Context '{key}' is '{value}'; expected {expected}.");

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9-]{0,63}$")]
    private static partial Regex StackNamePattern();

    [GeneratedRegex("^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$")]
    private static partial Regex BucketNamePattern();

    [GeneratedRegex("^[A-Za-z0-9/_.=-]+$")]
    private static partial Regex PrefixPattern();

    [GeneratedRegex(@"^(cron|rate)\(.+\)$")]
    private static partial Regex SchedulePattern();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailPattern();
}
