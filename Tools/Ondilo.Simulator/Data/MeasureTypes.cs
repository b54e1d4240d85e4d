namespace Ondilo.Simulator.Data;

/// <summary>The measure type names of the API.</summary>
internal static class MeasureTypes
{
    public const string Temperature = "temperature";
    public const string Ph = "ph";
    public const string Orp = "orp";
    public const string Salt = "salt";
    public const string Tds = "tds";
    public const string Battery = "battery";
    public const string Rssi = "rssi";

    /// <summary>Every type the API knows, in a fixed order (the position salts the noise of each type).</summary>
    public static IReadOnlyList<string> All { get; } = [Temperature, Ph, Orp, Salt, Tds, Battery, Rssi];

    public static bool IsKnown(string? type) => type is not null && IndexOf(type) >= 0;

    public static int IndexOf(string type)
    {
        for (var i = 0; i < All.Count; i++)
        {
            if (string.Equals(All[i], type, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
