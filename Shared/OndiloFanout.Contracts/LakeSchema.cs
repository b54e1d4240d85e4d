namespace OndiloFanout.Contracts;

/// <summary>
/// The lake's tables and views, one definition for Athena (the CDK stack's Glue catalog) and DuckDB
/// (<c>ondilo-fanout query</c>), so the same SQL runs on both. Partition columns are strings in both engines.
/// </summary>
public static class LakeSchema
{
    /// <summary>The measures as written, partitioned like the lake; may hold rare duplicates.</summary>
    public const string MeasuresTable = "measures_raw";
    /// <summary>The pool snapshots as written, partitioned by <see cref="LakeLayout.PoolSnapshotPartition"/>.</summary>
    public const string PoolSnapshotsTable = "pool_snapshots";
    /// <summary>The view to query: one row per <c>recordid</c>, with the measure time parsed.</summary>
    public const string MeasuresView = "measures";
    /// <summary>The view of each pool's latest snapshot, with the latest thresholds it was seen with.</summary>
    public const string PoolsView = "pools";

    /// <summary>The measures table's partition columns, in the lake's folder order.</summary>
    public static IReadOnlyList<string> MeasurePartitions { get; } = ["deviceid", "year", "month", "day"];

    /// <summary>The measures table's data columns (the record's partition fields are read from the path instead).</summary>
    public static IReadOnlyList<LakeColumn> MeasureColumns { get; } =
    [
        new("poolid", "poolId", "bigint"),
        new("poolname", "poolName", "string"),
        new("type", "type", "string"),
        new("value", "value", "double"),
        new("unit", "unit", "string"),
        new("valuetime", "valueTime", "string"),
        new("isvalid", "isValid", "boolean"),
        new("exclusionreason", "exclusionReason", "string"),
        new("recordid", "recordId", "string"),
        new("collectedat", "collectedAt", "string"),
        new("source", "source", "string"),
    ];

    /// <summary>The pool snapshots table's data columns.</summary>
    public static IReadOnlyList<LakeColumn> PoolSnapshotColumns { get; } =
    [
        new("deviceid", "deviceId", "string"),
        new("poolid", "poolId", "bigint"),
        new("poolname", "poolName", "string"),
        new("pooltype", "poolType", "string"),
        new("disinfection", "disinfection", "string"),
        new("poolupdatedat", "poolUpdatedAt", "string"),
        new("temperaturelow", "temperatureLow", "double"),
        new("temperaturehigh", "temperatureHigh", "double"),
        new("phlow", "phLow", "double"),
        new("phhigh", "phHigh", "double"),
        new("orplow", "orpLow", "double"),
        new("orphigh", "orpHigh", "double"),
        new("saltlow", "saltLow", "double"),
        new("salthigh", "saltHigh", "double"),
        new("tdslow", "tdsLow", "double"),
        new("tdshigh", "tdsHigh", "double"),
        new("snapshottime", "snapshotTime", "string"),
        new("runid", "runId", "string"),
    ];

    /// <summary>
    /// The body of the <see cref="MeasuresView"/> given how each engine parses an ISO-8601 UTC text into a timestamp
    /// (<paramref name="parseTimestamp"/> formats one column name): duplicates by <c>recordid</c> dropped, keeping
    /// the latest collected. <c>deviceid</c> leads the window's partition so a pool filter reaches the table scan
    /// (Athena's injected projection needs it there).
    /// </summary>
    public static string MeasuresViewSql(Func<string, string> parseTimestamp)
    {
        ArgumentNullException.ThrowIfNull(parseTimestamp);
        return $"""
            SELECT deviceid, poolid, poolname, type, value, unit, valuetime, {parseTimestamp("valuetime")} AS measuretime,
                   isvalid, exclusionreason, recordid, collectedat, source, year, month, day
            FROM (
              SELECT *, row_number() OVER (PARTITION BY deviceid, recordid ORDER BY collectedat DESC) AS copy
              FROM {MeasuresTable}
            ) ranked
            WHERE copy = 1
            """;
    }

    /// <summary>
    /// The body of the <see cref="PoolsView"/>: each pool's latest snapshot, with the thresholds of its latest
    /// snapshot that has any (they are read at most weekly).
    /// </summary>
    public static string PoolsViewSql() => $"""
        SELECT l.deviceid, l.poolid, l.poolname, l.pooltype, l.disinfection, l.snapshottime,
               t.temperaturelow, t.temperaturehigh, t.phlow, t.phhigh, t.orplow, t.orphigh,
               t.saltlow, t.salthigh, t.tdslow, t.tdshigh
        FROM (
          SELECT *, row_number() OVER (PARTITION BY deviceid ORDER BY snapshottime DESC) AS rank_latest
          FROM {PoolSnapshotsTable}
        ) l
        LEFT JOIN (
          SELECT *, row_number() OVER (PARTITION BY deviceid ORDER BY snapshottime DESC) AS rank_thresholds
          FROM {PoolSnapshotsTable}
          WHERE temperaturelow IS NOT NULL OR phlow IS NOT NULL OR orplow IS NOT NULL
        ) t ON t.deviceid = l.deviceid AND t.rank_thresholds = 1
        WHERE l.rank_latest = 1
        """;
}
