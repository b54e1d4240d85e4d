using System.Text.Json;

namespace OndiloFanout.Cli.Report;

/// <summary>
/// One pool's configured thresholds, read from the body of Ondilo's <c>/pools/{id}/configuration</c>
/// (<c>temperature_low/high, ph_low/high, orp_low/high, salt_low/high, tds_low/high</c>). Whatever stores that body
/// (the thresholds file today, a pool snapshot table later) hands it to <see cref="FromConfiguration"/>.
/// </summary>
internal sealed record PoolThresholds
{
    /// <summary>The measure types the configuration has thresholds for; battery and rssi have none.</summary>
    public static IReadOnlyList<string> Types { get; } = ["temperature", "ph", "orp", "salt", "tds"];

    /// <summary>Band per measure type; a type with a missing, null or reversed pair is left out.</summary>
    public required IReadOnlyDictionary<string, ThresholdBand> Bands { get; init; }

    public ThresholdBand? BandFor(string type) => Bands.GetValueOrDefault(type);

    /// <summary>Reads the configuration object; other fields (<c>pool_guy_number</c>, <c>maintenance_day</c>) are ignored.</summary>
    public static PoolThresholds FromConfiguration(JsonElement configuration)
    {
        if (configuration.ValueKind != JsonValueKind.Object)
        {
            throw new ReportInputException($"A pool configuration must be a JSON object, not {configuration.ValueKind}.");
        }

        var bands = new Dictionary<string, ThresholdBand>(StringComparer.Ordinal);
        foreach (var type in Types)
        {
            if (Number(configuration, type + "_low") is { } low && Number(configuration, type + "_high") is { } high && low < high)
            {
                bands[type] = new ThresholdBand(low, high);
            }
        }

        return new PoolThresholds { Bands = bands };
    }

    private static double? Number(JsonElement configuration, string name) =>
        configuration.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetDouble() : null;
}
