using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using OndiloFanout.Domain.Collection;
using OndiloFanout.Domain.Ports;
using static OndiloFanout.Cloud.DynamoDbAttributes;

namespace OndiloFanout.Cloud;

/// <summary>
/// The quota part of <see cref="DynamoDbStateStore"/>: one counter item per UTC hour
/// (<c>pk=QUOTA</c>, <c>sk=HOUR#yyyy-MM-ddTHH</c>), changed only by atomic, conditional updates.
/// </summary>
internal sealed class DynamoDbQuotaBudget : IQuotaBudget
{
    // Counters outlive their hour by a day so that `status` can still show the last hours.
    private static readonly TimeSpan Retention = TimeSpan.FromDays(1);

    private readonly IAmazonDynamoDB _dynamo;
    private readonly string _tableName;
    private readonly TimeProvider _timeProvider;
    private readonly int _callsPerHour;

    public DynamoDbQuotaBudget(IAmazonDynamoDB dynamo, string tableName, TimeProvider timeProvider, int callsPerHour)
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

    public async Task<QuotaGrant> TryTakeAsync(int calls, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(calls);
        var now = _timeProvider.GetUtcNow();
        if (!QuotaWindow.Fits(0, calls, _callsPerHour))
        {
            // More than a whole hour's budget: a fresh counter would otherwise accept it.
            return new QuotaGrant(false, QuotaWindow.NextHour(now));
        }

        // All or nothing: the ADD happens only if the counter still has room for every call.
        var request = Update(now, "ADD #used :n SET #limit = :limit, #ttl = :ttl");
        request.ConditionExpression = "attribute_not_exists(#used) OR #used <= :max";
        request.ExpressionAttributeValues[":n"] = Number(calls);
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

    public async Task AddUsedAsync(int calls, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(calls);
        if (calls == 0)
        {
            return;
        }

        var request = Update(_timeProvider.GetUtcNow(), "ADD #used :n SET #limit = :limit, #ttl = :ttl");
        request.ExpressionAttributeValues[":n"] = Number(calls);
        await _dynamo.UpdateItemAsync(request, cancellationToken);
    }

    public async Task ExhaustAsync(CancellationToken cancellationToken)
    {
        // Raise the counter to the limit, never lower it: with the condition, a concurrent ADD and this
        // SET give the same result in either order.
        var request = Update(_timeProvider.GetUtcNow(), "SET #used = :limit, #limit = :limit, #ttl = :ttl");
        request.ConditionExpression = "attribute_not_exists(#used) OR #used < :limit";
        try
        {
            await _dynamo.UpdateItemAsync(request, cancellationToken);
        }
        catch (ConditionalCheckFailedException)
        {
            // Already at or over the limit.
        }
    }

    public async Task<QuotaUsage> GetUsageAsync(CancellationToken cancellationToken)
    {
        var now = _timeProvider.GetUtcNow();
        var response = await _dynamo.GetItemAsync(
            new GetItemRequest { TableName = _tableName, Key = HourKey(now), ConsistentRead = true },
            cancellationToken);
        var used = GetNumberOrZero(response.Item, DynamoDbStateKeys.Used);
        return new QuotaUsage(QuotaWindow.HourStart(now), checked((int)used), _callsPerHour);
    }

    private UpdateItemRequest Update(DateTimeOffset now, string updateExpression) => new()
    {
        TableName = _tableName,
        Key = HourKey(now),
        UpdateExpression = updateExpression,
        // All aliased: LIMIT and TTL are DynamoDB reserved words.
        ExpressionAttributeNames = new()
        {
            ["#used"] = DynamoDbStateKeys.Used,
            ["#limit"] = DynamoDbStateKeys.Limit,
            ["#ttl"] = DynamoDbStateSchema.TimeToLive,
        },
        ExpressionAttributeValues = new()
        {
            [":limit"] = Number(_callsPerHour),
            [":ttl"] = Number((QuotaWindow.NextHour(now) + Retention).ToUnixTimeSeconds()),
        },
    };

    private static Dictionary<string, AttributeValue> HourKey(DateTimeOffset now) =>
        Key(DynamoDbStateKeys.QuotaPartition, DynamoDbStateKeys.Hour(now));
}
