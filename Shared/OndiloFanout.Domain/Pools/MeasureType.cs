namespace OndiloFanout.Domain.Pools;

/// <summary>The measure types of the Ondilo API (<c>data_type</c>), with their units.</summary>
public static class MeasureType
{
    public const string Temperature = "temperature";
    public const string Ph = "ph";
    public const string Orp = "orp";
    public const string Salt = "salt";
    public const string Tds = "tds";
    public const string Battery = "battery";
    public const string Rssi = "rssi";

    /// <summary>Every type the API knows, in a stable order.</summary>
    public static IReadOnlyList<string> All { get; } = [Temperature, Ph, Orp, Salt, Tds, Battery, Rssi];

    public static bool IsKnown(string type) => All.Contains(type, StringComparer.Ordinal);

    /// <summary>The unit the API reports a type in; <c>null</c> for an unknown type.</summary>
    public static string? UnitOf(string type) => type switch
    {
        Temperature => "°C",
        Ph => "pH",
        Orp => "mV",
        Salt => "mg/L",
        Tds => "ppm",
        Battery => "%",
        Rssi => "%",
        _ => null,
    };

    /// <summary>
    /// The types to collect for a pool: the configured ones, keeping <c>salt</c> for salt pools and
    /// <c>tds</c> for the others (the ICO measures only one of them), so no call returns nothing by design.
    /// </summary>
    public static IReadOnlyList<string> ForPool(string? disinfectionPrimary, IReadOnlyList<string> configured)
    {
        ArgumentNullException.ThrowIfNull(configured);
        var salt = string.Equals(disinfectionPrimary, "salt", StringComparison.OrdinalIgnoreCase);
        return configured.Where(t => t switch
        {
            Salt => salt,
            Tds => !salt,
            _ => true,
        }).ToArray();
    }

    /// <summary>The most measure calls one read of a pool makes when <paramref name="configured"/> are collected: a call per type of a salt or a TDS pool, the dearer.</summary>
    public static int CallsPerRead(IReadOnlyList<string> configured) =>
        Math.Max(ForPool(Salt, configured).Count, ForPool(null, configured).Count);
}
