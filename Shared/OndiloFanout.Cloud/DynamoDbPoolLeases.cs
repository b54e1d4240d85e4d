using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using OndiloFanout.Domain.Ports;
using static OndiloFanout.Cloud.DynamoDbAttributes;

namespace OndiloFanout.Cloud;

/// <summary>
/// The lease part of <see cref="DynamoDbStateStore"/>: one item per pool (<c>pk=POOL#id</c>, <c>sk=LEASE</c>)
/// holding its owner and the end of the lease (<c>until</c>, epoch ms), taken by a conditional put.
/// </summary>
internal sealed class DynamoDbPoolLeases : IPoolLeases
{
    // TTL only tidies up a while after expiry; whether a lease holds is decided by `until`.
    private static readonly TimeSpan Retention = TimeSpan.FromHours(1);

    private readonly IAmazonDynamoDB _dynamo;
    private readonly string _tableName;
    private readonly TimeProvider _timeProvider;

    public DynamoDbPoolLeases(IAmazonDynamoDB dynamo, string tableName, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(dynamo);
        ArgumentException.ThrowIfNullOrWhiteSpace(tableName);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _dynamo = dynamo;
        _tableName = tableName;
        _timeProvider = timeProvider;
    }

    public async Task<LeaseResult> TryAcquireAsync(long poolId, string owner, TimeSpan duration, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(owner);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(duration, TimeSpan.Zero);
        var now = _timeProvider.GetUtcNow();
        var until = now + duration;
        var item = LeaseKey(poolId);
        item[DynamoDbStateKeys.Owner] = String(owner);
        item[DynamoDbStateKeys.Until] = Number(until.ToUnixTimeMilliseconds());
        item[DynamoDbStateSchema.TimeToLive] = Number((until + Retention).ToUnixTimeSeconds());
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
                        ["#until"] = DynamoDbStateKeys.Until,
                        ["#owner"] = DynamoDbStateKeys.Owner,
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
            return new LeaseResult(false, await ReadHeldUntilAsync(poolId, now, cancellationToken));
        }
    }

    public async Task ReleaseAsync(long poolId, string owner, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(owner);
        try
        {
            await _dynamo.DeleteItemAsync(
                new DeleteItemRequest
                {
                    TableName = _tableName,
                    Key = LeaseKey(poolId),
                    ConditionExpression = "#owner = :me",
                    ExpressionAttributeNames = new() { ["#owner"] = DynamoDbStateKeys.Owner },
                    ExpressionAttributeValues = new() { [":me"] = String(owner) },
                },
                cancellationToken);
        }
        catch (ConditionalCheckFailedException)
        {
            // Expired and taken by another owner, or already gone: nothing of ours to give back.
        }
    }

    private async Task<DateTimeOffset> ReadHeldUntilAsync(long poolId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var response = await _dynamo.GetItemAsync(
            new GetItemRequest { TableName = _tableName, Key = LeaseKey(poolId), ConsistentRead = true },
            cancellationToken);
        // Released between the refused put and this read: free now, the caller may ask again at once.
        return response.Item is { Count: > 0 } holder
            ? DateTimeOffset.FromUnixTimeMilliseconds(GetNumber(holder, DynamoDbStateKeys.Until))
            : now;
    }

    private static Dictionary<string, AttributeValue> LeaseKey(long poolId) =>
        Key(DynamoDbStateKeys.Pool(poolId), DynamoDbStateKeys.LeaseSort);
}
