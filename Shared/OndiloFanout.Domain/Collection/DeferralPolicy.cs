namespace OndiloFanout.Domain.Collection;

/// <summary>
/// Waiting for quota or for a busy pool re-sends the message with a delay instead of failing it, so waiting never
/// burns the queue's <c>maxReceiveCount</c>; the failures the message had are carried instead (<see cref="FailurePolicy"/>).
/// SQS delays at most 15 minutes: longer waits are chained hops, each carrying the target time in <see cref="WorkMessage.NotBefore"/>.
/// </summary>
public static class DeferralPolicy
{
    /// <summary>SQS's longest <c>DelaySeconds</c>.</summary>
    public static TimeSpan MaxDelay { get; } = TimeSpan.FromSeconds(900);

    /// <summary>
    /// Deferrals after which a message is dead-lettered instead (about ten days of 15-minute hops): the API's
    /// history would be gone by then anyway. Only a message that never gets quota or its pool comes this far; one
    /// that fails is dead-lettered after <see cref="FailurePolicy.MaxFailures"/> failures.
    /// </summary>
    public const int MaxDeferrals = 1000;

    /// <summary>Early deliveries within this margin of <see cref="WorkMessage.NotBefore"/> count as on time (SQS delays are not exact).</summary>
    public static TimeSpan Tolerance { get; } = TimeSpan.FromSeconds(2);

    /// <summary>True when the message must not call the API yet.</summary>
    public static bool IsEarly(WorkMessage message, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(message);
        return message.NotBefore is { } notBefore && notBefore - Tolerance > now;
    }

    /// <summary>The message to re-send and its delay, to run at <paramref name="until"/>.</summary>
    public static Deferral Next(WorkMessage message, DateTimeOffset until, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(message);
        var wait = until - now;
        var delay = wait <= TimeSpan.Zero ? TimeSpan.Zero : wait > MaxDelay ? MaxDelay : TimeSpan.FromSeconds(Math.Ceiling(wait.TotalSeconds));
        return new Deferral(message with { DeferCount = message.DeferCount + 1, NotBefore = until }, delay);
    }
}

/// <summary>A message to re-send after <see cref="Delay"/>.</summary>
public sealed record Deferral(WorkMessage Message, TimeSpan Delay);
