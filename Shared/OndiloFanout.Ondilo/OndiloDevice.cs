namespace OndiloFanout.Ondilo;

/// <summary>The ICO attached to a pool (<c>GET /pools/{id}/device</c>).</summary>
public sealed record OndiloDevice
{
    public required string Uuid { get; init; }
    public required string SerialNumber { get; init; }
    public string? SwVersion { get; init; }
}
