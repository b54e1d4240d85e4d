using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using OndiloFanout.Domain.Collection;
using OndiloFanout.Domain.Ports;
using static OndiloFanout.Cloud.DynamoDbAttributes;

namespace OndiloFanout.Cloud;

/// <summary>The ledger part of <see cref="DynamoDbStateStore"/>: items <c>pk=POOL#id</c>, <c>sk=DAY#yyyy-MM-dd</c>.</summary>
internal sealed class DynamoDbLedger : IDayLedger
{
    private readonly IAmazonDynamoDB _dynamo;
    private readonly string _tableName;
    private readonly int? _pageSize;

    /// <param name="pageSize">Items per query page; null lets DynamoDB fill 1 MB pages (tests lower it to exercise paging).</param>
    public DynamoDbLedger(IAmazonDynamoDB dynamo, string tableName, int? pageSize)
    {
        ArgumentNullException.ThrowIfNull(dynamo);
        ArgumentException.ThrowIfNullOrWhiteSpace(tableName);
        _dynamo = dynamo;
        _tableName = tableName;
        _pageSize = pageSize;
    }

    public async Task<IReadOnlyDictionary<DateOnly, LedgerEntry>> GetAsync(long poolId, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var entries = new Dictionary<DateOnly, LedgerEntry>();
        if (to < from)
        {
            return entries;
        }

        var request = new QueryRequest
        {
            TableName = _tableName,
            // A day written by another fetcher a moment ago must be seen, or its window is paid for twice.
            ConsistentRead = true,
            KeyConditionExpression = "#pk = :pk AND #sk BETWEEN :from AND :to",
            ExpressionAttributeNames = new() { ["#pk"] = DynamoDbStateSchema.PartitionKey, ["#sk"] = DynamoDbStateSchema.SortKey },
            ExpressionAttributeValues = new()
            {
                [":pk"] = String(DynamoDbStateKeys.Pool(poolId)),
                [":from"] = String(DynamoDbStateKeys.Day(from)),
                [":to"] = String(DynamoDbStateKeys.Day(to)),
            },
            Limit = _pageSize,
        };
        do
        {
            var response = await _dynamo.QueryAsync(request, cancellationToken);
            foreach (var item in response.Items ?? [])
            {
                var entry = DynamoDbLedgerItem.FromItem(poolId, item);
                entries[entry.Day] = entry;
            }

            request.ExclusiveStartKey = response.LastEvaluatedKey is { Count: > 0 } last ? last : null;
        }
        while (request.ExclusiveStartKey is not null);

        return entries;
    }

    public async Task PutAsync(LedgerEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        await _dynamo.PutItemAsync(
            new PutItemRequest { TableName = _tableName, Item = DynamoDbLedgerItem.ToItem(entry) },
            cancellationToken);
    }
}
