using OndiloFanout.Domain.Collection;

namespace OndiloFanout.Cli.Report;

/// <summary>What a report run wrote.</summary>
internal sealed record ReportSummary
{
    public required DayRange Days { get; init; }
    public required IReadOnlyList<MeasureChart> Charts { get; init; }
    /// <summary>Full path of the HTML page, or null when none was asked for.</summary>
    public string? HtmlFile { get; init; }
    public required IReadOnlyList<string> PngFiles { get; init; }
}
