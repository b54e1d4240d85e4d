using System.Globalization;

namespace Ondilo.Simulator.Data;

/// <summary>Builds the pools of an account from (seed, position) only.</summary>
internal static class PoolFactory
{
    private static readonly string[] Cities = ["Saint-Cannat", "Aix-en-Provence", "Montpellier", "Perpignan", "Nice"];

    public static SimulatedPool Create(int seed, int index)
    {
        double Noise(long salt) => DeterministicNoise.Unit(seed, index, -1, salt);

        // Ids spread over realistic magnitudes (234, 1021, ...), unique because each position owns its thousand.
        var id = (index * 1000L) + 100 + (long)(Noise(1) * 900);
        var salt = index % 2 == 0;
        var serial = (long)(Noise(2) * 90000) + 10000;
        return new SimulatedPool
        {
            Index = index,
            Id = id,
            Name = index == 0 ? "John's Pool" : string.Create(CultureInfo.InvariantCulture, $"Pool {index + 1}"),
            Type = index % 3 == 2 ? "outdoor_above_ground_pool" : "outdoor_inground_pool",
            Volume = 10 + (int)(Noise(3) * 60),
            DisinfectionPrimary = salt ? "salt" : "chlorine",
            UvSanitizer = Noise(4) < 0.3,
            Ozonator = Noise(5) < 0.1,
            Street = string.Create(CultureInfo.InvariantCulture, $"{1 + (int)(Noise(6) * 200)} Avenue Robert Schuman"),
            Zipcode = string.Create(CultureInfo.InvariantCulture, $"{13000 + (int)(Noise(7) * 900)}"),
            City = Cities[index % Cities.Length],
            Country = "France",
            Latitude = Math.Round(43.0 + Noise(8), 6),
            Longitude = Math.Round(4.5 + (Noise(9) * 2), 6),
            UpdatedAt = new DateTimeOffset(2019, 11, 27, 23, 0, 21, TimeSpan.Zero).AddDays(index * 37).AddSeconds((int)(Noise(10) * 86400)),
            SerialNumber = string.Create(CultureInfo.InvariantCulture, $"SN{serial:D5}"),
            Uuid = string.Create(CultureInfo.InvariantCulture, $"{(long)(Noise(11) * uint.MaxValue):X8}{(long)(Noise(14) * uint.MaxValue):X8}"),
            SoftwareVersion = index % 2 == 0 ? "1.5.1-stable" : "1.6.0-stable",
            MeasureMinute = (int)(Noise(12) * 60),
            UploadDelay = TimeSpan.FromSeconds(300 + (int)(Noise(13) * 3300)),
        };
    }
}
