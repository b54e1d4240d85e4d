using System.Globalization;

namespace OndiloFanout.Benchmarks.Measuring;

/// <summary>Median and range of repeated measurements.</summary>
public sealed record Spread
{
    public required double Median { get; init; }
    public required double Min { get; init; }
    public required double Max { get; init; }
    public required int Count { get; init; }

    public static Spread Of(IEnumerable<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
        {
            throw new ArgumentException("No values to summarize.", nameof(values));
        }

        var middle = sorted.Length / 2;
        var median = sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        return new Spread { Median = median, Min = sorted[0], Max = sorted[^1], Count = sorted.Length };
    }

    /// <summary>"median (min–max)" with <paramref name="format"/>, e.g. <c>F0</c>.</summary>
    public string Format(string format) =>
        Count == 1
            ? Median.ToString(format, CultureInfo.InvariantCulture)
            : string.Create(CultureInfo.InvariantCulture, $"{Median.ToString(format, CultureInfo.InvariantCulture)} ({Min.ToString(format, CultureInfo.InvariantCulture)}–{Max.ToString(format, CultureInfo.InvariantCulture)})");
}
