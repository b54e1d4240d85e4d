namespace OndiloFanout.Cli.Report;

/// <summary>Round tick values for the value axis: steps of 1, 2 or 5 times a power of ten, the axis widened to whole steps.</summary>
internal sealed record AxisTicks(double Min, double Max, double Step)
{
    /// <summary>The tick values from <see cref="Min"/> to <see cref="Max"/>.</summary>
    public IReadOnlyList<double> Values()
    {
        var count = (int)Math.Round((Max - Min) / Step);
        return Enumerable.Range(0, count + 1).Select(i => Math.Round(Min + (i * Step), 10)).ToList();
    }

    /// <summary>At most about <paramref name="maxTicks"/> ticks covering <paramref name="low"/>..<paramref name="high"/>.</summary>
    public static AxisTicks For(double low, double high, int maxTicks = 6)
    {
        if (!double.IsFinite(low) || !double.IsFinite(high) || high < low)
        {
            throw new ArgumentOutOfRangeException(nameof(high), $"Not a range: {low}..{high}.");
        }

        if (high - low < 1e-9)
        {
            // A flat series still needs an axis: open it around the value.
            var pad = Math.Abs(low) > 1e-9 ? Math.Abs(low) * 0.05 : 1;
            (low, high) = (low - pad, high + pad);
        }

        var rough = (high - low) / Math.Max(1, maxTicks - 1);
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        var step = (rough / magnitude) switch
        {
            <= 1 => 1,
            <= 2 => 2,
            <= 5 => 5,
            _ => 10,
        } * magnitude;
        return new AxisTicks(Math.Floor(low / step) * step, Math.Ceiling(high / step) * step, step);
    }
}
