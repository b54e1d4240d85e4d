namespace OndiloFanout.Domain.Collection;

/// <summary>UTC day arithmetic: the lake and the ledger are partitioned by UTC day.</summary>
public static class UtcDay
{
    public static DateOnly Of(DateTimeOffset instant) => DateOnly.FromDateTime(instant.UtcDateTime);

    public static DateTimeOffset Start(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    public static DateTimeOffset End(DateOnly day) => Start(day).AddDays(1);
}
