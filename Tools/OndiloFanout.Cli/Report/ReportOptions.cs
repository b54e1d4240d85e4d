using OndiloFanout.Domain.Collection;

namespace OndiloFanout.Cli.Report;

/// <summary>What <c>ondilo-fanout report</c> was asked to do.</summary>
internal sealed record ReportOptions
{
    /// <summary>The data lake folder (as written by <c>run</c>, or an S3 prefix synced to a folder).</summary>
    public required string LakeDirectory { get; init; }
    public required DayRange Days { get; init; }
    public IReadOnlyList<long> Pools { get; init; } = [];
    public IReadOnlyList<string> Types { get; init; } = [];
    /// <summary>The HTML file to write, or null for PNGs only.</summary>
    public string? HtmlFile { get; init; }
    /// <summary>The folder for one PNG per chart, or null for none.</summary>
    public string? PngDirectory { get; init; }
    /// <summary>JSON file of pool configurations keyed by pool id (see <see cref="ThresholdsFile"/>).</summary>
    public string? ThresholdsFile { get; init; }
}
