using System.Globalization;

namespace OndiloFanout.Domain.Collection;

/// <summary>
/// A message that keeps failing reaches the dead-letter queue after <see cref="MaxFailures"/> failed attempts, whether
/// or not it was deferred in between: a deferral re-sends it, so SQS's receive count starts again, and the message
/// carries the failures instead (<see cref="WorkMessage.Failures"/>). Earlier receives of a delivery count as failures
/// too (a receive that did not end in a delete failed, or crashed). Failures are also counted per pool and run
/// (<see cref="FailureStreak"/>): every message of a pool pays for the same window read, so after
/// <see cref="MaxFailures"/> failed reads the pool's other messages are dead-lettered without another call.
/// </summary>
public static class FailurePolicy
{
    /// <summary>The failed attempts a message and a pool get, as many as the work queue's <c>maxReceiveCount</c> allows.</summary>
    public const int MaxFailures = 5;

    /// <summary>How long a pool's streak is kept: as long as the dead-letter queue keeps a message (14 days), after which there is nothing left to redrive.</summary>
    public static TimeSpan StreakRetention { get; } = TimeSpan.FromDays(14);

    // Errors can quote an API body; the message and the dead letter only need its start.
    private const int MaxErrorLength = 1000;

    /// <summary>Failures before this delivery: those carried across deferrals plus this delivery's earlier receives.</summary>
    public static int EarlierFailures(WorkMessage message, int receiveCount)
    {
        ArgumentNullException.ThrowIfNull(message);
        return message.Failures + Math.Max(receiveCount - 1, 0);
    }

    /// <summary>The message to re-send for a deferral: it carries the failures of this delivery's earlier receives.</summary>
    public static WorkMessage Carry(WorkMessage message, int receiveCount) =>
        message with { Failures = EarlierFailures(message, receiveCount) };

    /// <summary>The body to dead-letter: a redrive of it starts with no failures and is let past its pool's streak.</summary>
    public static WorkMessage ForDeadLetter(WorkMessage message, string reason, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(message);
        return message with { Failures = 0, LastError = Shorten(reason), DeadLetteredAt = now };
    }

    /// <summary>The pool's streak after one more failed attempt.</summary>
    public static FailureStreak Next(FailureStreak? streak, string error, DateTimeOffset now)
    {
        var failures = (streak?.Failures ?? 0) + 1;
        return new FailureStreak
        {
            Failures = failures,
            LastError = Shorten(error),
            LastFailedAt = now,
            BlockedAt = failures >= MaxFailures ? now : null,
        };
    }

    /// <summary>Whether the pool's streak stops <paramref name="message"/> from calling the API.</summary>
    public static bool Blocks(FailureStreak? streak, WorkMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return streak?.BlockedAt is { } blockedAt && !(message.DeadLetteredAt >= blockedAt);
    }

    /// <summary>Whether <paramref name="message"/> was dead-lettered after the pool's streak blocked it: a redrive, which starts the streak again.</summary>
    public static bool IsRedriveAfter(FailureStreak? streak, WorkMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return streak?.BlockedAt is { } blockedAt && message.DeadLetteredAt >= blockedAt;
    }

    /// <summary>The dead letter's reason for a message that failed <paramref name="failures"/> times.</summary>
    public static string Exhausted(int failures, string? lastError) =>
        string.Create(CultureInfo.InvariantCulture, $"failed {failures} times; last error: {lastError ?? "none reported (the deliveries crashed or timed out)"}");

    /// <summary>The dead letter's reason for a message whose pool is blocked.</summary>
    public static string PoolBlocked(long poolId, FailureStreak streak)
    {
        ArgumentNullException.ThrowIfNull(streak);
        return string.Create(CultureInfo.InvariantCulture, $"the work on pool {poolId} failed {streak.Failures} times in this run; last error: {streak.LastError}");
    }

    private static string Shorten(string text) => text.Length <= MaxErrorLength ? text : text[..MaxErrorLength] + "…";
}
