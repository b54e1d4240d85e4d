using System.CommandLine;
using DuckDB.NET.Data;
using OndiloFanout.Cli.Query;
using OndiloFanout.Cli.Rendering;
using OndiloFanout.Local.Run;

namespace OndiloFanout.Cli.Commands;

/// <summary>
/// <c>ondilo-fanout query "&lt;SQL&gt;"</c>: SQL over a local data lake with DuckDB, under the same table and view names
/// and columns as the stack's Athena catalog (<c>measures</c>, <c>pools</c>, <c>measures_raw</c>, <c>pool_snapshots</c>).
/// </summary>
internal static class QueryCommand
{
    private const string Summary = "Run SQL over a local data lake, with the same tables and views as Athena.";

    /// <summary>What the help shows after the options: more about the command, examples and exit codes.</summary>
    public const string Details = """
        DuckDB in process: the views measures and pools, the tables measures_raw and pool_snapshots (as written).
        Each ? of the SQL takes the next --param.

        Examples:
          ondilo-fanout query "SELECT deviceid, poolname, phlow, phhigh FROM pools"
          ondilo-fanout query "SELECT type, avg(value) AS avg_value FROM measures WHERE deviceid = ? GROUP BY type" --param 1704 --csv
        Exit codes: 0 answered, 1 failed, 2 bad command line or SQL (e.g. a ? without its --param).
        """;

    public static Command Create(ConsoleUi ui)
    {
        var sql = new Argument<string>("sql") { Description = "The SQL; each ? is bound to one --param, in order (e.g. the pool id)." };
        var output = new Option<string>("--out") { Description = $"Data lake folder (default ./{LocalPaths.DefaultLake}; simulated runs write ./{LocalPaths.DefaultSimulatedLake}).", DefaultValueFactory = _ => LocalPaths.DefaultLake };
        var parameters = new Option<string[]>("--param") { Description = "A value for the next ? of the SQL, as text (repeat for several).", AllowMultipleArgumentsPerToken = false };
        var json = new Option<bool>("--json") { Description = "Print the rows as one JSON array." };
        var csv = new Option<bool>("--csv") { Description = "Print the rows as CSV with a header line." };
        var command = new Command("query", Summary) { sql, output, parameters, json, csv };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (parse.GetValue(json) && parse.GetValue(csv))
            {
                return ui.Fail(ExitCodes.Usage, "Choose one of --json and --csv.", null);
            }

            var lake = parse.GetValue(output)!;
            if (!Directory.Exists(lake))
            {
                return ui.Fail(ExitCodes.Usage, $"There is no data lake folder \"{lake}\".", LocalPaths.MissingLakeHint(lake));
            }

            var format = parse.GetValue(json) ? QueryFormat.Json : parse.GetValue(csv) ? QueryFormat.Csv : QueryFormat.Table;
            try
            {
                var result = await LocalQueryEngine.RunAsync(lake, parse.GetValue(sql)!, parse.GetValue(parameters) ?? [], cancellationToken);
                ui.ShowQuery(result, format);
                return ExitCodes.Ok;
            }
            catch (QueryInputException ex)
            {
                return ui.Fail(ExitCodes.Usage, ex.Message, null);
            }
            catch (DuckDBException ex)
            {
                return ui.Fail(ExitCodes.Usage, ex.Message, "Tables: measures, pools (views); measures_raw, pool_snapshots (as written).");
            }
        });
        return command;
    }
}
