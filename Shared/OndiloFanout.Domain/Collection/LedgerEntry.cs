namespace OndiloFanout.Domain.Collection;

/// <summary>The ledger's record of one device-day: its status, how many records were written, and where each type stopped.</summary>
public sealed record LedgerEntry
{
    public required long PoolId { get; init; }
    public required DateOnly Day { get; init; }
    public required DayStatus Status { get; init; }
    /// <summary>Records written for the day so far, all writes together.</summary>
    public required int Records { get; init; }
    /// <summary>
    /// Per type, the time of the last measure written. A partial day holds every measure of its day up to it, so a
    /// later top-up writes only what is after it (see <see cref="LedgerRules"/>).
    /// </summary>
    public required IReadOnlyDictionary<string, DateTimeOffset> Cursor { get; init; }
    public required DateTimeOffset UpdatedAt { get; init; }
    /// <summary>The run that wrote last.</summary>
    public string? RunId { get; init; }

    /// <summary>True when the day needs no more work (complete, or closed as partial for good).</summary>
    public bool IsSettled => Status is DayStatus.Complete or DayStatus.Closed;
}
