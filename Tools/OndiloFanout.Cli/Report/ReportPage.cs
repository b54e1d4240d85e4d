using OndiloFanout.Domain.Collection;

namespace OndiloFanout.Cli.Report;

/// <summary>What the HTML page shows: the charts, their days, and where thresholds came from.</summary>
internal sealed record ReportPage
{
    public required DayRange Days { get; init; }
    public required DateTimeOffset GeneratedAt { get; init; }
    public required IReadOnlyList<MeasureChart> Charts { get; init; }
    /// <summary>File name of the thresholds file, or null when none was given.</summary>
    public string? ThresholdsSource { get; init; }
}
