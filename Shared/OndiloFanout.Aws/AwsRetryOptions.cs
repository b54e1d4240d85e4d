namespace OndiloFanout.Aws;

/// <summary>Retry with exponential backoff and full jitter, as the AWS SDKs' standard mode.</summary>
public sealed record AwsRetryOptions
{
    /// <summary>Attempts in all, the first included. Default 5.</summary>
    public int MaxAttempts { get; init; } = 5;

    /// <summary>The backoff cap before jitter for the first retry; doubled at each retry. Default 100 ms.</summary>
    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromMilliseconds(100);

    /// <summary>The largest backoff cap. Default 20 s, as the SDKs.</summary>
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>Jitter source in [0, 1); a seam so tests choose the delays. Default <see cref="Random.Shared"/>.</summary>
    public Func<double> NextJitter { get; init; } = Random.Shared.NextDouble;

    /// <summary>The delay before retry number <paramref name="retry"/> (1 for the first): jitter × min(max, base × 2^(retry-1)).</summary>
    public TimeSpan DelayBeforeRetry(int retry)
    {
        var cap = Math.Min(MaxDelay.TotalMilliseconds, BaseDelay.TotalMilliseconds * Math.Pow(2, Math.Max(0, retry - 1)));
        return TimeSpan.FromMilliseconds(cap * Math.Clamp(NextJitter(), 0, 1));
    }
}
