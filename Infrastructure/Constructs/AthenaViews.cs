using System.Text.Json;
using OndiloFanout.Contracts;

namespace OndiloFanout.Infrastructure.Constructs;

/// <summary>
/// Athena views stored in Glue: Athena keeps a view as <c>/* Presto View: base64(JSON) */</c> whose JSON holds the
/// SQL and the output columns with their Trino types; they must match what the SQL returns, or Athena calls the view stale.
/// </summary>
internal static class AthenaViews
{
    /// <summary>The output columns of <see cref="LakeSchema.MeasuresViewSql"/>.</summary>
    public static IReadOnlyList<AthenaViewColumn> MeasuresViewColumns { get; } =
    [
        new("deviceid", "varchar", "string"),
        new("poolid", "bigint", "bigint"),
        new("poolname", "varchar", "string"),
        new("type", "varchar", "string"),
        new("value", "double", "double"),
        new("unit", "varchar", "string"),
        new("valuetime", "varchar", "string"),
        new("measuretime", "timestamp(3)", "timestamp"),
        new("isvalid", "boolean", "boolean"),
        new("exclusionreason", "varchar", "string"),
        new("recordid", "varchar", "string"),
        new("collectedat", "varchar", "string"),
        new("source", "varchar", "string"),
        new("year", "varchar", "string"),
        new("month", "varchar", "string"),
        new("day", "varchar", "string"),
    ];

    /// <summary>The output columns of <see cref="LakeSchema.PoolsViewSql"/>.</summary>
    public static IReadOnlyList<AthenaViewColumn> PoolsViewColumns { get; } =
    [
        new("deviceid", "varchar", "string"),
        new("poolid", "bigint", "bigint"),
        new("poolname", "varchar", "string"),
        new("pooltype", "varchar", "string"),
        new("disinfection", "varchar", "string"),
        new("snapshottime", "varchar", "string"),
        .. new[] { "temperature", "ph", "orp", "salt", "tds" }.SelectMany(t => new AthenaViewColumn[] { new(t + "low", "double", "double"), new(t + "high", "double", "double") }),
    ];

    /// <summary>The <c>ViewOriginalText</c> of a view over the tables of <paramref name="database"/>.</summary>
    public static string Encode(string database, string sql, IReadOnlyList<AthenaViewColumn> columns)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("originalSql", sql);
            writer.WriteString("catalog", "awsdatacatalog");
            writer.WriteString("schema", database);
            writer.WriteStartArray("columns");
            foreach (var column in columns)
            {
                writer.WriteStartObject();
                writer.WriteString("name", column.Name);
                writer.WriteString("type", column.PrestoType);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return $"/* Presto View: {Convert.ToBase64String(buffer.ToArray())} */";
    }
}
