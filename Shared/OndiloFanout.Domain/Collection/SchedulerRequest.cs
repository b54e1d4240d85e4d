namespace OndiloFanout.Domain.Collection;

/// <summary>What one scheduler run was asked to do, validated.</summary>
public sealed record SchedulerRequest
{
    /// <summary>The UTC days to collect.</summary>
    public required DayRange Days { get; init; }
    /// <summary>Only these pools; <c>null</c> means every pool the account can see.</summary>
    public IReadOnlyList<long>? Pools { get; init; }
    /// <summary>Re-collect days the ledger already holds.</summary>
    public bool Force { get; init; }
    /// <summary>Plan and report, enqueue nothing.</summary>
    public bool DryRun { get; init; }
    public required SchedulerTrigger Trigger { get; init; }
}
