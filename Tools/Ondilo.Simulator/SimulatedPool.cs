namespace Ondilo.Simulator;

/// <summary>One pool of the simulated account, with its ICO and the rhythm of its measures.</summary>
public sealed record SimulatedPool
{
    /// <summary>Position in <see cref="SimulatedAccount.Pools"/> (0-based).</summary>
    public required int Index { get; init; }

    /// <summary>The Ondilo pool id.</summary>
    public required long Id { get; init; }

    /// <summary>Display name, e.g. "John's Pool".</summary>
    public required string Name { get; init; }

    /// <summary>Pool type, e.g. "outdoor_inground_pool".</summary>
    public required string Type { get; init; }

    /// <summary>Volume in cubic metres.</summary>
    public required int Volume { get; init; }

    /// <summary>"salt" or "chlorine"; salt pools report <c>salt</c>, the others <c>tds</c>.</summary>
    public required string DisinfectionPrimary { get; init; }

    /// <summary>Secondary disinfection: UV sanitizer present.</summary>
    public required bool UvSanitizer { get; init; }

    /// <summary>Secondary disinfection: ozonator present.</summary>
    public required bool Ozonator { get; init; }

    /// <summary>Street of the pool's address.</summary>
    public required string Street { get; init; }

    /// <summary>Postal code.</summary>
    public required string Zipcode { get; init; }

    /// <summary>City.</summary>
    public required string City { get; init; }

    /// <summary>Country.</summary>
    public required string Country { get; init; }

    /// <summary>Latitude in degrees.</summary>
    public required double Latitude { get; init; }

    /// <summary>Longitude in degrees.</summary>
    public required double Longitude { get; init; }

    /// <summary>Last change of the pool's settings (fixed, not clock-based).</summary>
    public required DateTimeOffset UpdatedAt { get; init; }

    /// <summary>Serial number of the ICO.</summary>
    public required string SerialNumber { get; init; }

    /// <summary>UUID of the ICO (16 hex digits, as in the docs).</summary>
    public required string Uuid { get; init; }

    /// <summary>Firmware version of the ICO.</summary>
    public required string SoftwareVersion { get; init; }

    /// <summary>Minute of each hour at which the ICO measures (a few seconds of jitter are added per hour).</summary>
    public required int MeasureMinute { get; init; }

    /// <summary>How long after its measure time a measure becomes visible through the API (5–60 min).</summary>
    public required TimeSpan UploadDelay { get; init; }
}
