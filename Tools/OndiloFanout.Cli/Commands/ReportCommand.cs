using System.CommandLine;
using System.Globalization;
using OndiloFanout.Cli.Rendering;
using OndiloFanout.Cli.Report;
using OndiloFanout.Domain.Pools;
using OndiloFanout.Local;
using OndiloFanout.Local.Run;

namespace OndiloFanout.Cli.Commands;

/// <summary><c>ondilo-fanout report</c>: one chart per measure type per pool of a local data lake, as HTML and/or PNG.</summary>
internal static class ReportCommand
{
    private const string Summary = "Chart a local data lake: a self-contained HTML page and/or PNGs, one chart per measure type per pool.";

    /// <summary>What the help shows after the options: more about the command, examples and exit codes.</summary>
    public const string Details = """
        The page has no external assets (inline SVG). Each pool's alert thresholds are drawn as a band when the lake's
        pool snapshots hold them (collect with `run --pool-thresholds`). A range with nothing to draw writes no file.

        Examples:
          ondilo-fanout report --out datalake                          (the last 7 days, into report.html)
          ondilo-fanout report --out datalake --days 30 --types ph,orp --png charts
        Exit codes: 0 written, 1 nothing to draw or a file could not be written, 2 bad command line.
        """;

    private const string DefaultHtml = "report.html";

    public static Command Create(ConsoleUi ui, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(ui);
        ArgumentNullException.ThrowIfNull(time);
        var output = new Option<string>("--out") { Description = $"Data lake folder to read, as written by `run` (default ./{LocalPaths.DefaultLake}; simulated runs write ./{LocalPaths.DefaultSimulatedLake}), or an S3 prefix synced to a folder.", DefaultValueFactory = _ => LocalPaths.DefaultLake };
        var from = new Option<string?>("--from") { Description = "First UTC day, YYYY-MM-DD (with --to)." };
        var to = new Option<string?>("--to") { Description = "Last UTC day, YYYY-MM-DD (with --from)." };
        var days = new Option<int?>("--days") { Description = $"The last N whole UTC days, ending yesterday (default {ReportRange.DefaultDays})." };
        var pools = new Option<string?>("--pools") { Description = "Only these pool ids, comma-separated." };
        var types = new Option<string?>("--types") { Description = "Only these measure types, comma-separated (temperature, ph, orp, salt, tds, battery, rssi)." };
        var html = new Option<string?>("--html") { Description = $"HTML file to write (default {DefaultHtml}; with --png and no --html, PNGs only)." };
        var png = new Option<string?>("--png") { Description = "Folder for one PNG per chart, named <pool>-<type>.png." };
        var thresholds = new Option<string?>("--thresholds") { Description = "Only for a lake without thresholds in its pool snapshots: a JSON object keyed by pool id whose values are Ondilo /pools/{id}/configuration bodies (overrides the snapshots' pool by pool)." };

        var command = new Command("report", Summary)
        {
            output, from, to, days, pools, types, html, png, thresholds,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var lake = parse.GetValue(output)!;
            try
            {
                var pngDirectory = parse.GetValue(png);
                var options = new ReportOptions
                {
                    LakeDirectory = lake,
                    Days = ReportRange.Resolve(parse.GetValue(from), parse.GetValue(to), parse.GetValue(days), time.GetUtcNow()),
                    Pools = PoolIds(parse.GetValue(pools)),
                    Types = Types(parse.GetValue(types)),
                    HtmlFile = parse.GetValue(html) ?? (pngDirectory is null ? DefaultHtml : null),
                    PngDirectory = pngDirectory,
                    ThresholdsFile = parse.GetValue(thresholds),
                };
                var summary = await new ReportGenerator(time).GenerateAsync(options, cancellationToken);
                ui.ShowReport(summary);
                return summary.Charts.Count > 0 ? ExitCodes.Ok : ExitCodes.Failed;
            }
            catch (ReportInputException ex)
            {
                return ui.Fail(ExitCodes.Usage, ex.Message, ex.Hint ?? "Nothing was written; see `ondilo-fanout report --help`.");
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
            {
                return ui.Fail(ExitCodes.Failed, ex.Message, "Check the lake folder and that the output paths are writable.");
            }
        });
        return command;
    }

    private static string[] List(string? text) =>
        text?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];

    private static string[] Types(string? text) =>
        List(text).Select(type => MeasureType.IsKnown(type)
            ? type
            : throw new ReportInputException($"--types takes measure types ({string.Join(", ", MeasureType.All)}), not '{type}'.")).ToArray();

    private static List<long> PoolIds(string? text) =>
        List(text).Select(id => long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var pool)
            ? pool
            : throw new ReportInputException($"--pools takes Ondilo pool ids (numbers), not '{id}'.")).ToList();
}
