namespace OndiloFanout.Infrastructure.Tests.TestDoubles;

/// <summary>The stack writing into an existing bucket, with every other context value set too.</summary>
public sealed class CdkExistingBucketStackFixture : IDisposable
{
    public const string BucketName = "existing-lake";
    public const string Prefix = "ondilo/raw";
    public const string Email = "ops@example.com";

    public CdkSynthesizedStack Stack { get; } = new(new Dictionary<string, string>
    {
        [StackSettings.BucketNameKey] = BucketName,
        [StackSettings.PrefixKey] = Prefix,
        [StackSettings.CompressionKey] = "gzip",
        [StackSettings.EmailKey] = Email,
        [StackSettings.CallsPerHourKey] = "12",
        [StackSettings.ScheduleKey] = "cron(0 4 * * ? *)",
        [StackSettings.LogLevelKey] = "debug",
        [StackSettings.PoolThresholdsKey] = "weekly",
    });

    public void Dispose() => Stack.Dispose();
}
