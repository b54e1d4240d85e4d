namespace OndiloFanout.Domain.Retries;

/// <summary>
/// The project's one retry loop. The caller's policy decides, from a failed attempt's error and number, whether to try
/// again and after how long; the wait goes through a seam (a clock's delay, a simulated clock's jump), so tests and
/// simulated runs never wait in real time. An error the policy does not retry reaches the caller unchanged; a
/// cancellation ends the wait with an <see cref="OperationCanceledException"/>.
/// </summary>
public static class Retry
{
    /// <param name="attempt">One attempt; gets its number, 1 for the first.</param>
    /// <param name="delayAfter">The wait after a failed attempt before the next one, or null to give up.</param>
    /// <param name="wait">How to wait.</param>
    /// <param name="cancellationToken">Ends the waits.</param>
    public static async Task<T> RunAsync<T>(
        Func<int, Task<T>> attempt,
        Func<Exception, int, TimeSpan?> delayAfter,
        Func<TimeSpan, CancellationToken, Task> wait,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        ArgumentNullException.ThrowIfNull(delayAfter);
        ArgumentNullException.ThrowIfNull(wait);
        for (var number = 1; ; number++)
        {
            try
            {
                return await attempt(number);
            }
            catch (Exception error) when (delayAfter(error, number) is { } delay)
            {
                await wait(delay, cancellationToken);
            }
        }
    }
}
