namespace OndiloFanout.Cloud;

/// <summary>
/// The shape of the one state table (ledger, quota, leases): string keys <see cref="PartitionKey"/> and
/// <see cref="SortKey"/>, on-demand capacity, expiry in <see cref="TimeToLive"/>. The CDK stack builds the
/// table from these same names.
/// </summary>
public static class DynamoDbStateSchema
{
    /// <summary>The partition (HASH) key, a string: <c>POOL#&lt;id&gt;</c> or <c>QUOTA</c>.</summary>
    public const string PartitionKey = "pk";

    /// <summary>The sort (RANGE) key, a string: <c>DAY#yyyy-MM-dd</c>, <c>LEASE</c>, <c>FAILURES#runId</c> or <c>HOUR#yyyy-MM-ddTHH</c>.</summary>
    public const string SortKey = "sk";

    /// <summary>The TTL attribute (number, epoch seconds); ledger items have none and are kept.</summary>
    public const string TimeToLive = "ttl";
}
