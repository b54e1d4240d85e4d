namespace OndiloFanout.Domain.Pools;

/// <summary>A pool the user owns or that is shared with them (<c>GET /pools</c>).</summary>
public sealed record OndiloPool
{
    public required long Id { get; init; }
    public required string Name { get; init; }
    public string? Type { get; init; }
    /// <summary><c>disinfection.primary</c>: <c>salt</c>, <c>chlorine</c>, … — chooses salt or TDS.</summary>
    public string? DisinfectionPrimary { get; init; }
    public DateTimeOffset? UpdatedAt { get; init; }
}
