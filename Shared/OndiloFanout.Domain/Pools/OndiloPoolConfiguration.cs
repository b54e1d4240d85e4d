namespace OndiloFanout.Domain.Pools;

/// <summary>The alert thresholds the owner set for a pool (<c>GET /pools/{id}/configuration</c>); absent ones are null.</summary>
public sealed record OndiloPoolConfiguration
{
    public double? TemperatureLow { get; init; }
    public double? TemperatureHigh { get; init; }
    public double? PhLow { get; init; }
    public double? PhHigh { get; init; }
    public double? OrpLow { get; init; }
    public double? OrpHigh { get; init; }
    public double? SaltLow { get; init; }
    public double? SaltHigh { get; init; }
    public double? TdsLow { get; init; }
    public double? TdsHigh { get; init; }
}
