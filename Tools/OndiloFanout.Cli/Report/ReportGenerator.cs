using OndiloFanout.Local;
using OndiloFanout.Local.Run;

namespace OndiloFanout.Cli.Report;

/// <summary><c>ondilo-fanout report</c>: reads the lake, builds the charts and writes the HTML page and the PNGs.</summary>
internal sealed class ReportGenerator
{
    private readonly TimeProvider _time;

    public ReportGenerator(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        _time = time;
    }

    /// <summary>Writes what <paramref name="options"/> asks for; a lake with no data files is refused before anything is written.</summary>
    public async Task<ReportSummary> GenerateAsync(ReportOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (LocalLake.ListFiles(options.LakeDirectory).Count == 0)
        {
            throw new ReportInputException($"{Path.GetFullPath(options.LakeDirectory)} holds no data lake files.", LocalPaths.MissingLakeHint(options.LakeDirectory));
        }

        // The lake's own pool snapshots know each pool's thresholds; a file, when given, overrides them pool by pool.
        var thresholds = SnapshotThresholds(options.LakeDirectory);
        var source = thresholds.Count > 0 ? "the lake's pool snapshots" : null;
        if (options.ThresholdsFile is not null)
        {
            foreach (var (poolId, pool) in await ThresholdsFile.LoadAsync(options.ThresholdsFile, cancellationToken))
            {
                thresholds[poolId] = pool;
            }

            source = Path.GetFileName(options.ThresholdsFile);
        }

        var request = new ChartRequest { Days = options.Days, Pools = options.Pools, Types = options.Types, Thresholds = thresholds };
        var charts = ChartBuilder.Build(LocalLake.ReadAll(options.LakeDirectory), request);
        cancellationToken.ThrowIfCancellationRequested();

        // Nothing to draw writes nothing: an empty page must never replace a report that had charts.
        string? html = null;
        if (options.HtmlFile is not null && charts.Count > 0)
        {
            html = Path.GetFullPath(options.HtmlFile);
            Directory.CreateDirectory(Path.GetDirectoryName(html)!);
            var page = new ReportPage { Days = options.Days, GeneratedAt = _time.GetUtcNow(), Charts = charts, ThresholdsSource = source };
            await using var stream = File.Create(html);
            HtmlReportWriter.Write(stream, page);
        }

        var pngs = new List<string>();
        foreach (var chart in options.PngDirectory is null ? [] : charts)
        {
            cancellationToken.ThrowIfCancellationRequested();
            pngs.Add(PngChartWriter.Write(options.PngDirectory!, chart));
        }

        return new ReportSummary { Days = options.Days, Charts = charts, HtmlFile = html, PngFiles = pngs };
    }

    /// <summary>Each pool's latest thresholds, as the <c>pools</c> view keeps them: from its newest snapshot that has any.</summary>
    private static Dictionary<long, PoolThresholds> SnapshotThresholds(string lake) =>
        LocalLake.ReadPoolSnapshots(lake)
            .Select(snapshot => (snapshot.PoolId, snapshot.SnapshotTime, Thresholds: PoolThresholds.FromSnapshot(snapshot)))
            .Where(pool => pool.Thresholds.Bands.Count > 0)
            .GroupBy(pool => pool.PoolId)
            .ToDictionary(pool => pool.Key, pool => pool.MaxBy(snapshot => snapshot.SnapshotTime, StringComparer.Ordinal).Thresholds);
}
