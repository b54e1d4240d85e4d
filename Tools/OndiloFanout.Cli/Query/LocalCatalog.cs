using System.Globalization;
using System.Text;
using OndiloFanout.Contracts;
using OndiloFanout.Local;

namespace OndiloFanout.Cli.Query;

/// <summary>
/// The DuckDB statements that expose a local lake folder under the same table and view names and columns as the
/// stack's Glue catalog (<see cref="LakeSchema"/>): the partition folders become string columns, as in Athena.
/// </summary>
internal static class LocalCatalog
{
    // Both the record writer and Firehose's partitioning write UTC times with a trailing Z and whole seconds.
    private static string ParseIso8601(string column) => $"strptime({column}, '%Y-%m-%dT%H:%M:%SZ')";

    /// <summary>The statements to run, in order, on a fresh connection.</summary>
    public static IReadOnlyList<string> Statements(string lakeRoot)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(lakeRoot);
        var root = Path.GetFullPath(lakeRoot);
        var hasMeasures = LocalLake.ListFiles(root).Count > 0;
        var hasSnapshots = Directory.Exists(Path.Combine(root, LakeLayout.PoolSnapshotFolder))
            && Directory.EnumerateFiles(Path.Combine(root, LakeLayout.PoolSnapshotFolder), "*.jsonl", SearchOption.AllDirectories).Any();
        return
        [
            $"CREATE VIEW {LakeSchema.MeasuresTable} AS "
                + Source(root, "deviceId=*/year=*/month=*/day=*/*.jsonl", LakeSchema.MeasureColumns, ["deviceId", "year", "month", "day"], LakeSchema.MeasurePartitions, hasMeasures),
            $"CREATE VIEW {LakeSchema.PoolSnapshotsTable} AS "
                + Source(root, $"{LakeLayout.PoolSnapshotFolder}{LakeLayout.PoolSnapshotPartition}=*/*.jsonl", LakeSchema.PoolSnapshotColumns, [LakeLayout.PoolSnapshotPartition], [LakeLayout.PoolSnapshotPartition], hasSnapshots),
            $"CREATE VIEW {LakeSchema.MeasuresView} AS {LakeSchema.MeasuresViewSql(ParseIso8601)}",
            $"CREATE VIEW {LakeSchema.PoolsView} AS {LakeSchema.PoolsViewSql()}",
        ];
    }

    private static string Source(string root, string glob, IReadOnlyList<LakeColumn> columns, IReadOnlyList<string> folderKeys, IReadOnlyList<string> partitionNames, bool hasFiles)
    {
        var select = new StringBuilder("SELECT ");
        if (!hasFiles)
        {
            // read_json refuses a glob that matches nothing; an empty lake still answers, with no rows.
            select.AppendJoin(", ", columns.Select(c => $"CAST(NULL AS {DuckType(c.HiveType)}) AS {c.Name}"));
            select.Append(", ").AppendJoin(", ", partitionNames.Select(p => $"CAST(NULL AS VARCHAR) AS {p}"));
            return select.Append(" WHERE false").ToString();
        }

        select.AppendJoin(", ", columns.Select(c => $"\"{c.JsonField}\" AS {c.Name}"));
        select.Append(", ").AppendJoin(", ", folderKeys.Zip(partitionNames, (key, name) => $"\"{key}\" AS {name}"));
        var path = Literal(Path.Combine(root, glob).Replace(Path.DirectorySeparatorChar, '/'));
        var types = string.Join(", ", columns.Select(c => $"'{c.JsonField}': '{DuckType(c.HiveType)}'"));
        var hiveTypes = string.Join(", ", folderKeys.Select(key => $"'{key}': 'VARCHAR'"));
        return select.Append(CultureInfo.InvariantCulture, $" FROM read_json({path}, format = 'newline_delimited', columns = {{{types}}}, hive_partitioning = true, hive_types = {{{hiveTypes}}})").ToString();
    }

    private static string DuckType(string hiveType) => hiveType switch
    {
        "string" => "VARCHAR",
        "bigint" => "BIGINT",
        "double" => "DOUBLE",
        "boolean" => "BOOLEAN",
        _ => throw new ArgumentOutOfRangeException(nameof(hiveType), hiveType, "No DuckDB type for this lake column type."),
    };

    private static string Literal(string text) => $"'{text.Replace("'", "''", StringComparison.Ordinal)}'";
}
