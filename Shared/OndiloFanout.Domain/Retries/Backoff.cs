namespace OndiloFanout.Domain.Retries;

/// <summary>Retry with exponential backoff and full jitter, as the AWS SDKs' standard mode, through <see cref="Retry"/>.</summary>
public sealed record Backoff
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

    /// <summary>
    /// Runs <paramref name="attempt"/> (given its number) until it returns, fails with an error <paramref name="isTransient"/>
    /// refuses, or <see cref="MaxAttempts"/> are spent; the delays run on <paramref name="time"/> and end with the token.
    /// </summary>
    public Task<T> RunAsync<T>(Func<int, Task<T>> attempt, Func<Exception, bool> isTransient, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(isTransient);
        ArgumentNullException.ThrowIfNull(time);
        return Retry.RunAsync(
            attempt,
            (error, number) => number < MaxAttempts && isTransient(error) ? DelayBeforeRetry(number) : null,
            (delay, token) => Task.Delay(delay, time, token),
            cancellationToken);
    }

    /// <inheritdoc cref="RunAsync{T}"/>
    public Task RunAsync(Func<int, Task> attempt, Func<Exception, bool> isTransient, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        return RunAsync(
            async number =>
            {
                await attempt(number);
                return true;
            },
            isTransient,
            time,
            cancellationToken);
    }
}
