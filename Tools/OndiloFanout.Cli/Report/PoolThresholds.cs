using System.Text.Json;
using OndiloFanout.Domain.Collection;

namespace OndiloFanout.Cli.Report;

/// <summary>
/// One pool's configured thresholds, read from the body of Ondilo's <c>/pools/{id}/configuration</c>
/// (<c>temperature_low/high, ph_low/high, orp_low/high, salt_low/high, tds_low/high</c>): from the lake's pool
/// snapshots (<see cref="FromSnapshot"/>), or from a thresholds file (<see cref="FromConfiguration"/>).
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

        return From(type => (Number(configuration, type + "_low"), Number(configuration, type + "_high")));
    }

    /// <summary>The thresholds a pool snapshot holds (null pairs when the run did not read them).</summary>
    public static PoolThresholds FromSnapshot(PoolSnapshotRecord snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return From(type => type switch
        {
            "temperature" => (snapshot.TemperatureLow, snapshot.TemperatureHigh),
            "ph" => (snapshot.PhLow, snapshot.PhHigh),
            "orp" => (snapshot.OrpLow, snapshot.OrpHigh),
            "salt" => (snapshot.SaltLow, snapshot.SaltHigh),
            "tds" => (snapshot.TdsLow, snapshot.TdsHigh),
            _ => (null, null),
        });
    }

    private static PoolThresholds From(Func<string, (double? Low, double? High)> pairOf)
    {
        var bands = new Dictionary<string, ThresholdBand>(StringComparer.Ordinal);
        foreach (var type in Types)
        {
            if (pairOf(type) is ({ } low, { } high) && low < high)
            {
                bands[type] = new ThresholdBand(low, high);
            }
        }

        return new PoolThresholds { Bands = bands };
    }

    private static double? Number(JsonElement configuration, string name) =>
        configuration.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetDouble() : null;
}
