namespace OndiloFanout.Domain.Collection;

/// <summary>The answer of the shared budget: granted, or refused until <see cref="RetryAt"/> (the next hour).</summary>
public sealed record QuotaGrant(bool Granted, DateTimeOffset RetryAt)
{
    public static QuotaGrant Yes(DateTimeOffset now) => new(true, now);
}

/// <summary>Calls used of the budget in the hour that starts at <see cref="HourStart"/>.</summary>
public sealed record QuotaUsage(DateTimeOffset HourStart, int Used, int Limit);
