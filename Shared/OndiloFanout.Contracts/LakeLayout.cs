using System.Globalization;

namespace OndiloFanout.Contracts;

/// <summary>
/// Where the lake's objects are, the same locally and in S3: measures under <c>deviceId=…/year=…/month=…/day=…/</c>
/// (Firehose's dynamic partitioning, the Glue table and the local folder sink all write or read this path), and the
/// pool snapshots under <c>pools/snapshotdate=YYYY-MM-DD/</c>, next to the measures' folders.
/// </summary>
public static class LakeLayout
{
    /// <summary>The pool snapshots' folder under the lake's root or prefix.</summary>
    public const string PoolSnapshotFolder = "pools/";

    /// <summary>The pool snapshots' partition column (not <c>date</c>, a keyword in both Athena and DuckDB).</summary>
    public const string PoolSnapshotPartition = "snapshotdate";

    /// <summary>
    /// <c>deviceId=&lt;deviceId&gt;/year=&lt;year&gt;/month=&lt;month&gt;/day=&lt;day&gt;/</c>, of values (<c>12</c>, <c>2026</c>,
    /// <c>11</c>, <c>24</c>) or of the placeholders of whoever fills them in (Firehose, Glue).
    /// </summary>
    public static string PartitionPath(string deviceId, string year, string month, string day) =>
        $"deviceId={deviceId}/year={year}/month={month}/day={day}/";

    /// <summary>A snapshot's key relative to the lake's root or prefix: <c>pools/snapshotdate=YYYY-MM-DD/pools-&lt;runId&gt;.jsonl</c>.</summary>
    public static string PoolSnapshotKey(DateTimeOffset takenAt, string runId) =>
        string.Create(CultureInfo.InvariantCulture, $"{PoolSnapshotFolder}{PoolSnapshotPartition}={takenAt.UtcDateTime:yyyy-MM-dd}/pools-{runId}.jsonl");
}
