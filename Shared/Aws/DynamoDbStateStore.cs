using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using OndiloFanout.Collection;
using OndiloFanout.Ports;
using static OndiloFanout.Aws.DynamoDbAttributes;
using Keys = OndiloFanout.Aws.DynamoDbStateKeys;

namespace OndiloFanout.Aws;

/// <summary>
/// The ledger, the shared quota budget and the pool leases in one DynamoDB table (see
/// <see cref="DynamoDbStateSchema"/>). Every rule that must hold across concurrent Lambda instances is a
/// conditional write, never a read followed by a write.
/// </summary>
public sealed class DynamoDbStateStore : IDayLedger, IQuotaBudget, IPoolLeases
{
    // Quota counters outlive their hour by a day so that `status` can still show the last hours.
    private static readonly TimeSpan QuotaRetention = TimeSpan.FromDays(1);
    // A lease item is deleted by TTL a while after it expired; expiry itself is decided by `until`.
    private static readonly TimeSpan LeaseRetention = TimeSpan.FromHours(1);

    private readonly IAmazonDynamoDB _dynamo;
    private readonly string _tableName;
    private readonly TimeProvider _timeProvider;
    private readonly int _callsPerHour;

    /// <summary>Creates the store over <paramref name="tableName"/>, with a budget of <paramref name="callsPerHour"/> API calls per UTC hour.</summary>
    public DynamoDbStateStore(IAmazonDynamoDB dynamo, string tableName, TimeProvider timeProvider, int callsPerHour)
    {
        ArgumentNullException.ThrowIfNull(dynamo);
        ArgumentException.ThrowIfNullOrWhiteSpace(tableName);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentOutOfRangeException.ThrowIfNegative(callsPerHour);
        _dynamo = dynamo;
        _tableName = tableName;
        _timeProvider = timeProvider;
        _callsPerHour = callsPerHour;
    }

    /// <summary>Items per ledger query page; null lets DynamoDB fill 1 MB pages. Tests lower it to exercise paging.</summary>
    internal int? LedgerPageSize { get; init; }

    /// <inheritdoc />
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
            ConsistentRead = true,
            KeyConditionExpression = "#pk = :pk AND #sk BETWEEN :from AND :to",
            ExpressionAttributeNames = new() { ["#pk"] = DynamoDbStateSchema.PartitionKey, ["#sk"] = DynamoDbStateSchema.SortKey },
            ExpressionAttributeValues = new()
            {
                [":pk"] = String(Keys.Pool(poolId)),
                [":from"] = String(Keys.Day(from)),
                [":to"] = String(Keys.Day(to)),
            },
            Limit = LedgerPageSize,
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

    /// <inheritdoc />
    public async Task PutAsync(LedgerEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        await _dynamo.PutItemAsync(
            new PutItemRequest { TableName = _tableName, Item = DynamoDbLedgerItem.ToItem(entry) },
            cancellationToken);
    }

    /// <inheritdoc />
    public async Task<QuotaGrant> TryTakeAsync(int calls, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(calls);
        var now = _timeProvider.GetUtcNow();
        if (!QuotaWindow.Fits(0, calls, _callsPerHour))
        {
            // More than a whole hour's budget: writing would only count calls that cannot be made.
            return new QuotaGrant(false, QuotaWindow.NextHour(now));
        }

        var request = QuotaUpdate(now, "ADD #used :n", calls);
        request.ConditionExpression = "attribute_not_exists(#used) OR #used <= :max";
        request.ExpressionAttributeValues[":max"] = Number(_callsPerHour - calls);
        try
        {
            await _dynamo.UpdateItemAsync(request, cancellationToken);
            return QuotaGrant.Yes(now);
        }
        catch (ConditionalCheckFailedException)
        {
            return new QuotaGrant(false, QuotaWindow.NextHour(now));
        }
    }

    /// <inheritdoc />
    public async Task AddUsedAsync(int calls, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(calls);
        if (calls == 0)
        {
            return;
        }

        await _dynamo.UpdateItemAsync(QuotaUpdate(_timeProvider.GetUtcNow(), "ADD #used :n", calls), cancellationToken);
    }

    /// <inheritdoc />
    public async Task ExhaustAsync(CancellationToken cancellationToken)
    {
        // Raise `used` to the limit, never lower it: the condition makes a concurrent ADD and this SET
        // commute, since a counter already at or above the limit is left as it is.
        var request = QuotaUpdate(_timeProvider.GetUtcNow(), "SET #used = :limit", calls: null);
        request.ConditionExpression = "attribute_not_exists(#used) OR #used < :limit";
        try
        {
            await _dynamo.UpdateItemAsync(request, cancellationToken);
        }
        catch (ConditionalCheckFailedException)
        {
            // Already exhausted.
        }
    }

    /// <inheritdoc />
    public async Task<QuotaUsage> GetUsageAsync(CancellationToken cancellationToken)
    {
        var now = _timeProvider.GetUtcNow();
        var response = await _dynamo.GetItemAsync(
            new GetItemRequest { TableName = _tableName, Key = Key(Keys.QuotaPartition, Keys.Hour(now)), ConsistentRead = true },
            cancellationToken);
        var used = GetNumberOrZero(response.Item, Keys.Used);
        return new QuotaUsage(QuotaWindow.HourStart(now), checked((int)used), _callsPerHour);
    }

    /// <inheritdoc />
    public async Task<LeaseResult> TryAcquireAsync(long poolId, string owner, TimeSpan duration, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(owner);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(duration, TimeSpan.Zero);
        var now = _timeProvider.GetUtcNow();
        var until = now + duration;
        var item = Key(Keys.Pool(poolId), Keys.LeaseSort);
        item[Keys.Owner] = String(owner);
        item[Keys.Until] = Number(until.ToUnixTimeMilliseconds());
        item[DynamoDbStateSchema.TimeToLive] = Number((until + LeaseRetention).ToUnixTimeSeconds());
        try
        {
            await _dynamo.PutItemAsync(
                new PutItemRequest
                {
                    TableName = _tableName,
                    Item = item,
                    // Free, expired, or already ours (a renewal).
                    ConditionExpression = "attribute_not_exists(#pk) OR #until < :now OR #owner = :me",
                    ExpressionAttributeNames = new()
                    {
                        ["#pk"] = DynamoDbStateSchema.PartitionKey,
                        ["#until"] = Keys.Until,
                        ["#owner"] = Keys.Owner,
                    },
                    ExpressionAttributeValues = new()
                    {
                        [":now"] = Number(now.ToUnixTimeMilliseconds()),
                        [":me"] = String(owner),
                    },
                },
                cancellationToken);
            return new LeaseResult(true, until);
        }
        catch (ConditionalCheckFailedException)
        {
            return new LeaseResult(false, await ReadLeaseUntilAsync(poolId, now, cancellationToken));
        }
    }

    /// <inheritdoc />
    public async Task ReleaseAsync(long poolId, string owner, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(owner);
        try
        {
            await _dynamo.DeleteItemAsync(
                new DeleteItemRequest
                {
                    TableName = _tableName,
                    Key = Key(Keys.Pool(poolId), Keys.LeaseSort),
                    ConditionExpression = "#owner = :me",
                    ExpressionAttributeNames = new() { ["#owner"] = Keys.Owner },
                    ExpressionAttributeValues = new() { [":me"] = String(owner) },
                },
                cancellationToken);
        }
        catch (ConditionalCheckFailedException)
        {
            // Expired and taken by someone else, or already gone: nothing of ours to give back.
        }
    }

    private async Task<DateTimeOffset> ReadLeaseUntilAsync(long poolId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var response = await _dynamo.GetItemAsync(
            new GetItemRequest { TableName = _tableName, Key = Key(Keys.Pool(poolId), Keys.LeaseSort), ConsistentRead = true },
            cancellationToken);
        // Released between the refused write and this read: free now, the caller may ask again at once.
        return response.Item is { Count: > 0 } holder
            ? DateTimeOffset.FromUnixTimeMilliseconds(GetNumber(holder, Keys.Until))
            : now;
    }

    private UpdateItemRequest QuotaUpdate(DateTimeOffset now, string change, int? calls)
    {
        var request = new UpdateItemRequest
        {
            TableName = _tableName,
            Key = Key(Keys.QuotaPartition, Keys.Hour(now)),
            UpdateExpression = change + (change.StartsWith("SET", StringComparison.Ordinal) ? ", " : " SET ") + "#limit = :limit, #ttl = :ttl",
            ExpressionAttributeNames = new()
            {
                ["#used"] = Keys.Used,
                ["#limit"] = Keys.Limit,
                ["#ttl"] = DynamoDbStateSchema.TimeToLive,
            },
            ExpressionAttributeValues = new()
            {
                [":limit"] = Number(_callsPerHour),
                [":ttl"] = Number((QuotaWindow.NextHour(now) + QuotaRetention).ToUnixTimeSeconds()),
            },
        };
        if (calls is { } n)
        {
            request.ExpressionAttributeValues[":n"] = Number(n);
        }

        return request;
    }
}
