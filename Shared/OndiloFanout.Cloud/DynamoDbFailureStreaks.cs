using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using OndiloFanout.Domain.Collection;
using OndiloFanout.Domain.Ports;
using static OndiloFanout.Cloud.DynamoDbAttributes;

namespace OndiloFanout.Cloud;

/// <summary>
/// The failure-streak part of <see cref="DynamoDbStateStore"/>: one item per pool and run
/// (<c>pk=POOL#id</c>, <c>sk=FAILURES#runId</c>), expiring with the dead-letter queue's retention.
/// </summary>
internal sealed class DynamoDbFailureStreaks : IFailureStreaks
{
    private readonly IAmazonDynamoDB _dynamo;
    private readonly string _tableName;

    public DynamoDbFailureStreaks(IAmazonDynamoDB dynamo, string tableName)
    {
        ArgumentNullException.ThrowIfNull(dynamo);
        ArgumentException.ThrowIfNullOrWhiteSpace(tableName);
        _dynamo = dynamo;
        _tableName = tableName;
    }

    public async Task<FailureStreak?> GetStreakAsync(long poolId, string runId, CancellationToken cancellationToken)
    {
        var response = await _dynamo.GetItemAsync(
            new GetItemRequest { TableName = _tableName, Key = StreakKey(poolId, runId), ConsistentRead = true },
            cancellationToken);
        if (response.Item is not { Count: > 0 } item)
        {
            return null;
        }

        var blockedAt = GetOptionalString(item, DynamoDbStateKeys.BlockedAt);
        return new FailureStreak
        {
            Failures = checked((int)GetNumber(item, DynamoDbStateKeys.Failures)),
            LastError = GetString(item, DynamoDbStateKeys.LastError),
            LastFailedAt = ParseTime(GetString(item, DynamoDbStateKeys.LastFailedAt)),
            BlockedAt = blockedAt is null ? null : ParseTime(blockedAt),
        };
    }

    public async Task PutStreakAsync(long poolId, string runId, FailureStreak streak, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(streak);
        var item = StreakKey(poolId, runId);
        item[DynamoDbStateKeys.Failures] = Number(streak.Failures);
        item[DynamoDbStateKeys.LastError] = String(streak.LastError);
        item[DynamoDbStateKeys.LastFailedAt] = Time(streak.LastFailedAt);
        if (streak.BlockedAt is { } blockedAt)
        {
            item[DynamoDbStateKeys.BlockedAt] = Time(blockedAt);
        }

        item[DynamoDbStateSchema.TimeToLive] = Number((streak.LastFailedAt + FailurePolicy.StreakRetention).ToUnixTimeSeconds());
        await _dynamo.PutItemAsync(new PutItemRequest { TableName = _tableName, Item = item }, cancellationToken);
    }

    public Task ClearStreakAsync(long poolId, string runId, CancellationToken cancellationToken) =>
        _dynamo.DeleteItemAsync(new DeleteItemRequest { TableName = _tableName, Key = StreakKey(poolId, runId) }, cancellationToken);

    private static Dictionary<string, AttributeValue> StreakKey(long poolId, string runId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(runId);
        return Key(DynamoDbStateKeys.Pool(poolId), DynamoDbStateKeys.FailuresPrefix + runId);
    }
}
