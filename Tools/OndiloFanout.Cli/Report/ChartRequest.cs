using OndiloFanout.Domain.Collection;

namespace OndiloFanout.Cli.Report;

/// <summary>Which charts to build: days, optional pool and type filters, and the thresholds known per pool.</summary>
internal sealed record ChartRequest
{
    public required DayRange Days { get; init; }
    /// <summary>Only these pools; empty means every pool in the lake.</summary>
    public IReadOnlyList<long> Pools { get; init; } = [];
    /// <summary>Only these measure types; empty means every type in the lake.</summary>
    public IReadOnlyList<string> Types { get; init; } = [];
    public IReadOnlyDictionary<long, PoolThresholds> Thresholds { get; init; } = new Dictionary<long, PoolThresholds>();
}
