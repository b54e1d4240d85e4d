using System.Globalization;
using OndiloFanout.Domain.Collection;

namespace OndiloFanout.Cloud;

/// <summary>The key values and attribute names of the state table's items.</summary>
public static class DynamoDbStateKeys
{
    public const string QuotaPartition = "QUOTA";
    public const string LeaseSort = "LEASE";
    public const string FailuresPrefix = "FAILURES#";

    // Ledger attributes.
    public const string Status = "status";
    public const string Records = "records";
    public const string Cursor = "cursor";
    public const string UpdatedAt = "updatedAt";
    public const string RunId = "runId";

    // Quota attributes.
    public const string Used = "used";
    public const string Limit = "limit";

    // Lease attributes.
    public const string Owner = "owner";
    public const string Until = "until";

    // Failure streak attributes.
    public const string Failures = "failures";
    public const string LastError = "lastError";
    public const string LastFailedAt = "lastFailedAt";
    public const string BlockedAt = "blockedAt";

    public const string PoolPrefix = "POOL#";
    public const string DayPrefix = "DAY#";

    public static string Pool(long poolId) => string.Create(CultureInfo.InvariantCulture, $"{PoolPrefix}{poolId}");

    public static string Day(DateOnly day) => DayPrefix + day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Hour(DateTimeOffset now) => "HOUR#" + QuotaWindow.KeyOf(now);
}
