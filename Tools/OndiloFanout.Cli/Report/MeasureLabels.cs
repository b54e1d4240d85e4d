namespace OndiloFanout.Cli.Report;

/// <summary>How each measure type is named, ordered and coloured, the same in the HTML and the PNG charts.</summary>
internal static class MeasureLabels
{
    private static readonly string[] KnownOrder = ["temperature", "ph", "orp", "salt", "tds", "battery", "rssi"];

    /// <summary>Position in the API's list of types; unknown types sort after them.</summary>
    public static int Order(string type) => Array.IndexOf(KnownOrder, type) is var index and >= 0 ? index : KnownOrder.Length;

    /// <summary>Display name, e.g. <c>ORP</c> for <c>orp</c>.</summary>
    public static string Name(string type) => type switch
    {
        "temperature" => "Temperature",
        "ph" => "pH",
        "orp" => "ORP",
        "salt" => "Salt",
        "tds" => "TDS",
        "battery" => "Battery",
        "rssi" => "Signal (RSSI)",
        _ => type,
    };

    /// <summary>The value axis label: the name and, when it adds anything, the unit (<c>ORP (mV)</c>, <c>pH</c>).</summary>
    public static string AxisLabel(string type, string? unit) =>
        string.IsNullOrEmpty(unit) || string.Equals(unit, Name(type), StringComparison.OrdinalIgnoreCase) ? Name(type) : $"{Name(type)} ({unit})";

    /// <summary>Line colour as <c>#rrggbb</c>.</summary>
    public static string Color(string type) => type switch
    {
        "temperature" => "#d9480f",
        "ph" => "#1971c2",
        "orp" => "#7048e8",
        "salt" => "#0c8599",
        "tds" => "#2b8a3e",
        "battery" => "#e67700",
        "rssi" => "#495057",
        _ => "#343a40",
    };
}
