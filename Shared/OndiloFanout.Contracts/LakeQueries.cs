namespace OndiloFanout.Contracts;

/// <summary>
/// The example queries: the stack saves them as Athena named queries and the README shows them for
/// <c>ondilo-fanout query</c>. Each takes the pool id as its one parameter and uses only SQL both Athena (Trino)
/// and DuckDB accept: the <c>measures</c> and <c>pools</c> views, <c>date_trunc</c>, <c>CAST(... AS DATE)</c>, window functions.
/// </summary>
public static class LakeQueries
{
    /// <summary>Daily min/avg/max of each type for one pool (valid measures only).</summary>
    public static LakeQuery DailyStats { get; } = new(
        "daily-stats",
        "Daily min, average and max of each measure type for one pool (pass the pool id).",
        """
        SELECT deviceid, type, CAST(measuretime AS DATE) AS day_utc,
               min(value) AS min_value, avg(value) AS avg_value, max(value) AS max_value, count(value) AS measures
        FROM measures
        WHERE deviceid = ? AND isvalid
        GROUP BY deviceid, type, CAST(measuretime AS DATE)
        ORDER BY day_utc, type
        """);

    /// <summary>The latest value of each type for one pool.</summary>
    public static LakeQuery LatestValues { get; } = new(
        "latest-values",
        "The latest value of each measure type for one pool (pass the pool id).",
        """
        SELECT type, value, unit, valuetime
        FROM (
          SELECT type, value, unit, valuetime, row_number() OVER (PARTITION BY type ORDER BY measuretime DESC) AS newest
          FROM measures
          WHERE deviceid = ?
        ) ranked
        WHERE newest = 1
        ORDER BY type
        """);

    /// <summary>Hours in which a valid measure was outside the pool's configured thresholds.</summary>
    public static LakeQuery OutsideThresholds { get; } = new(
        "outside-thresholds",
        "Hours when a measure of one pool was outside the pool's configured thresholds (pass the pool id; needs a snapshot with thresholds).",
        """
        SELECT date_trunc('hour', measuretime) AS hour_utc, type, value, low, high
        FROM (
          SELECT m.measuretime, m.type, m.value,
                 CASE m.type WHEN 'temperature' THEN p.temperaturelow WHEN 'ph' THEN p.phlow WHEN 'orp' THEN p.orplow
                             WHEN 'salt' THEN p.saltlow WHEN 'tds' THEN p.tdslow END AS low,
                 CASE m.type WHEN 'temperature' THEN p.temperaturehigh WHEN 'ph' THEN p.phhigh WHEN 'orp' THEN p.orphigh
                             WHEN 'salt' THEN p.salthigh WHEN 'tds' THEN p.tdshigh END AS high
          FROM measures m
          JOIN pools p ON p.deviceid = m.deviceid
          WHERE m.deviceid = ? AND m.isvalid
        ) checked
        WHERE value < low OR value > high
        ORDER BY hour_utc, type
        """);

    /// <summary>Days with some but fewer than 20 hourly measures of a type (a day with none shows as a missing day in <see cref="DailyStats"/>).</summary>
    public static LakeQuery Gaps { get; } = new(
        "gaps",
        "Days when a measure type of one pool has fewer than 20 hourly measures (pass the pool id).",
        """
        SELECT CAST(measuretime AS DATE) AS day_utc, type, count(DISTINCT date_trunc('hour', measuretime)) AS hours
        FROM measures
        WHERE deviceid = ?
        GROUP BY CAST(measuretime AS DATE), type
        HAVING count(DISTINCT date_trunc('hour', measuretime)) < 20
        ORDER BY day_utc, type
        """);

    /// <summary>Every example query, in README order.</summary>
    public static IReadOnlyList<LakeQuery> All { get; } = [DailyStats, LatestValues, OutsideThresholds, Gaps];
}
