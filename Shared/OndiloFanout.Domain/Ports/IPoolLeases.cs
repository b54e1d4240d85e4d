namespace OndiloFanout.Domain.Ports;

/// <summary>
/// One fetcher at a time per pool: the messages of one pool share one history window, so a second
/// fetcher waits for the first to write the days instead of paying for the same window again.
/// </summary>
public interface IPoolLeases
{
    /// <summary>Takes the pool's lease for <paramref name="duration"/> unless another owner holds an unexpired one.</summary>
    Task<LeaseResult> TryAcquireAsync(long poolId, string owner, TimeSpan duration, CancellationToken cancellationToken);

    /// <summary>Gives the lease back if <paramref name="owner"/> still holds it.</summary>
    Task ReleaseAsync(long poolId, string owner, CancellationToken cancellationToken);
}

/// <summary>The answer of <see cref="IPoolLeases.TryAcquireAsync"/>; when refused, when the holder's lease ends.</summary>
public sealed record LeaseResult(bool Acquired, DateTimeOffset HeldUntil);
