using System.Globalization;
using System.Text.Json;

namespace OndiloFanout.Cli.Report;

/// <summary>
/// <c>--thresholds FILE</c>: a JSON object keyed by pool id whose values are Ondilo <c>/pools/{id}/configuration</c>
/// bodies, e.g. <c>{"12345":{"ph_low":7.2,"ph_high":7.6,...}}</c>. The lake holds measures only, so thresholds come from here.
/// </summary>
internal static class ThresholdsFile
{
    public static async Task<IReadOnlyDictionary<long, PoolThresholds>> LoadAsync(string path, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path))
        {
            throw new ReportInputException($"The thresholds file {path} does not exist.");
        }

        await using var stream = File.OpenRead(path);
        try
        {
            using var document = await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken);
            return Parse(document.RootElement, path);
        }
        catch (JsonException ex)
        {
            throw new ReportInputException($"The thresholds file {path} is not valid JSON (line {ex.LineNumber + 1}).");
        }
    }

    internal static IReadOnlyDictionary<long, PoolThresholds> Parse(JsonElement root, string path)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new ReportInputException($"The thresholds file {path} must hold an object keyed by pool id, e.g. {{\"12345\":{{\"ph_low\":7.2,\"ph_high\":7.6}}}}.");
        }

        var pools = new Dictionary<long, PoolThresholds>();
        foreach (var pool in root.EnumerateObject())
        {
            if (!long.TryParse(pool.Name, NumberStyles.None, CultureInfo.InvariantCulture, out var poolId))
            {
                throw new ReportInputException($"The thresholds file {path} has the key '{pool.Name}'; keys must be Ondilo pool ids.");
            }

            pools[poolId] = PoolThresholds.FromConfiguration(pool.Value);
        }

        return pools;
    }
}
