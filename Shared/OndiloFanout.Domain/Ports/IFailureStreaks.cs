using OndiloFanout.Domain.Collection;

namespace OndiloFanout.Domain.Ports;

/// <summary>
/// The failure streak of each pool in each run (<see cref="FailureStreak"/>), in the state table on AWS and a file on
/// one machine. Written only by the fetcher holding the pool's lease, so a read followed by a write is safe.
/// </summary>
public interface IFailureStreaks
{
    /// <summary>The streak of <paramref name="poolId"/> in <paramref name="runId"/>; null when its work has not failed.</summary>
    Task<FailureStreak?> GetStreakAsync(long poolId, string runId, CancellationToken cancellationToken);

    Task PutStreakAsync(long poolId, string runId, FailureStreak streak, CancellationToken cancellationToken);

    /// <summary>Forgets the streak: the pool's work succeeded, or a redrive starts it again.</summary>
    Task ClearStreakAsync(long poolId, string runId, CancellationToken cancellationToken);
}
