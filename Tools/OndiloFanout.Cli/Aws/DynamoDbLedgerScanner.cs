using System.Globalization;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using OndiloFanout.Cloud;
using OndiloFanout.Domain.Collection;
using static OndiloFanout.Cloud.DynamoDbAttributes;

namespace OndiloFanout.Cli.Aws;

/// <summary>
/// Reads the whole ledger of the state table (every <c>pk=POOL#id</c>, <c>sk=DAY#…</c> item, paged): how an
/// operator's <c>status</c> finds the pools without calling the Ondilo API. A scan reads the whole table, quota
/// and lease items too, so it is for occasional reads, never for the functions' hot path.
/// </summary>
internal sealed class DynamoDbLedgerScanner
{
    private readonly IAmazonDynamoDB _dynamo;
    private readonly string _tableName;
    private readonly int? _pageSize;

    /// <param name="dynamo">The DynamoDB client.</param>
    /// <param name="tableName">The state table (<see cref="DynamoDbStateSchema"/>).</param>
    /// <param name="pageSize">Items read per scan page; null lets DynamoDB fill 1 MB pages (tests lower it to exercise paging).</param>
    public DynamoDbLedgerScanner(IAmazonDynamoDB dynamo, string tableName, int? pageSize = null)
    {
        ArgumentNullException.ThrowIfNull(dynamo);
        ArgumentException.ThrowIfNullOrWhiteSpace(tableName);
        _dynamo = dynamo;
        _tableName = tableName;
        _pageSize = pageSize;
    }

    /// <summary>Every ledger entry of every pool, in no particular order.</summary>
    public async Task<IReadOnlyList<LedgerEntry>> ScanAsync(CancellationToken cancellationToken)
    {
        var entries = new List<LedgerEntry>();
        var request = new ScanRequest
        {
            TableName = _tableName,
            FilterExpression = "begins_with(#sk, :day)",
            ExpressionAttributeNames = new() { ["#sk"] = DynamoDbStateSchema.SortKey },
            ExpressionAttributeValues = new() { [":day"] = String(DynamoDbStateKeys.DayPrefix) },
            Limit = _pageSize,
        };
        do
        {
            var response = await _dynamo.ScanAsync(request, cancellationToken);
            foreach (var item in response.Items ?? [])
            {
                entries.Add(DynamoDbLedgerItem.FromItem(PoolIdOf(item), item));
            }

            request.ExclusiveStartKey = response.LastEvaluatedKey is { Count: > 0 } last ? last : null;
        }
        while (request.ExclusiveStartKey is not null);

        return entries;
    }

    private static long PoolIdOf(Dictionary<string, AttributeValue> item)
    {
        var partition = GetString(item, DynamoDbStateSchema.PartitionKey);
        return partition.StartsWith(DynamoDbStateKeys.PoolPrefix, StringComparison.Ordinal)
            && long.TryParse(partition.AsSpan(DynamoDbStateKeys.PoolPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var poolId)
                ? poolId
                : throw new InvalidDataException($"Ledger item key '{partition}' is not POOL#<id>.");
    }
}
