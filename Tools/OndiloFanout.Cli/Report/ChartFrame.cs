namespace OndiloFanout.Cli.Report;

/// <summary>Where a chart's time and value land in its SVG box (960 × 230 units, plot area inside the margins).</summary>
internal sealed class ChartFrame
{
    public const double Width = 960;
    public const double Height = 230;
    public const double PlotLeft = 64;
    public const double PlotRight = Width - 28;
    public const double PlotTop = 12;
    public const double PlotBottom = Height - 44;

    private readonly DateTimeOffset _start;
    private readonly double _secondsPerUnit;

    public ChartFrame(MeasureChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        _start = chart.Start;
        _secondsPerUnit = (chart.End - chart.Start).TotalSeconds / (PlotRight - PlotLeft);
        var range = chart.ValueRange();
        var (low, high) = range ?? (0, 1);
        if (chart.Band is { } band)
        {
            // The band is part of the picture: a value far from it must show how far.
            (low, high) = range is null ? (band.Low, band.High) : (Math.Min(low, band.Low), Math.Max(high, band.High));
        }

        ValueTicks = AxisTicks.For(low, high);
        TimeTicks = Report.TimeTicks.For(chart.Start, chart.End);
    }

    public AxisTicks ValueTicks { get; }

    public IReadOnlyList<DateTimeOffset> TimeTicks { get; }

    public double X(DateTimeOffset time) => PlotLeft + ((time - _start).TotalSeconds / _secondsPerUnit);

    public double Y(double value) => PlotBottom - ((value - ValueTicks.Min) / (ValueTicks.Max - ValueTicks.Min) * (PlotBottom - PlotTop));
}
