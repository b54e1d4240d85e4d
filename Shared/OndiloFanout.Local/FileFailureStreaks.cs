using System.Globalization;
using OndiloFanout.Domain.Collection;
using OndiloFanout.Domain.Ports;

namespace OndiloFanout.Local;

/// <summary>The failure-streak part of <see cref="FileStateStore"/>: <c>failures.json</c> in the state folder, under its lock.</summary>
internal sealed class FileFailureStreaks : IFailureStreaks
{
    private const string FailuresFile = "failures.json";

    private readonly StateFolder _folder;
    private readonly TimeProvider _timeProvider;

    public FileFailureStreaks(StateFolder folder, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(timeProvider);
        (_folder, _timeProvider) = (folder, timeProvider);
    }

    public Task<FailureStreak?> GetStreakAsync(long poolId, string runId, CancellationToken cancellationToken) =>
        _folder.LockedAsync(
            async () => (await ReadAsync(cancellationToken)).Streaks.GetValueOrDefault(KeyOf(poolId, runId)),
            cancellationToken);

    public Task PutStreakAsync(long poolId, string runId, FailureStreak streak, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(streak);
        return UpdateAsync(
            streaks =>
            {
                // Streaks of old runs go too, so the file does not grow with every run that ever failed.
                var expired = _timeProvider.GetUtcNow() - FailurePolicy.StreakRetention;
                foreach (var old in streaks.Where(pair => pair.Value.LastFailedAt < expired).Select(pair => pair.Key).ToList())
                {
                    streaks.Remove(old);
                }

                streaks[KeyOf(poolId, runId)] = streak;
            },
            cancellationToken);
    }

    public Task ClearStreakAsync(long poolId, string runId, CancellationToken cancellationToken) =>
        UpdateAsync(streaks => streaks.Remove(KeyOf(poolId, runId)), cancellationToken);

    private Task UpdateAsync(Action<SortedDictionary<string, FailureStreak>> change, CancellationToken cancellationToken) =>
        _folder.LockedAsync(
            async () =>
            {
                var stored = await ReadAsync(cancellationToken);
                change(stored.Streaks);
                await _folder.WriteAsync(FailuresFile, stored, LocalJsonContext.Default.StoredFailureStreaks, cancellationToken);
            },
            cancellationToken);

    private async Task<StoredFailureStreaks> ReadAsync(CancellationToken cancellationToken) =>
        await _folder.ReadAsync(FailuresFile, LocalJsonContext.Default.StoredFailureStreaks, cancellationToken)
        ?? new StoredFailureStreaks { Streaks = new(StringComparer.Ordinal) };

    private static string KeyOf(long poolId, string runId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(runId);
        return string.Create(CultureInfo.InvariantCulture, $"{poolId}/{runId}");
    }
}
