using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using OndiloFanout.Cloud;

namespace OndiloFanout.Integration.Tests.TestDoubles;

/// <summary>
/// Creates the state table outside CDK: for tests and local emulators. TTL is not switched on here
/// (the CDK stack does that; local tables are short-lived).
/// </summary>
internal static class DynamoDbStateTable
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);

    /// <summary>Creates <paramref name="tableName"/> (on-demand, string keys <c>pk</c>/<c>sk</c>) unless it exists, and waits until it is active.</summary>
    public static async Task CreateAsync(IAmazonDynamoDB dynamo, string tableName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dynamo);
        ArgumentException.ThrowIfNullOrWhiteSpace(tableName);
        try
        {
            await dynamo.CreateTableAsync(
                new CreateTableRequest
                {
                    TableName = tableName,
                    BillingMode = BillingMode.PAY_PER_REQUEST,
                    AttributeDefinitions =
                    [
                        new AttributeDefinition(DynamoDbStateSchema.PartitionKey, ScalarAttributeType.S),
                        new AttributeDefinition(DynamoDbStateSchema.SortKey, ScalarAttributeType.S),
                    ],
                    KeySchema =
                    [
                        new KeySchemaElement(DynamoDbStateSchema.PartitionKey, KeyType.HASH),
                        new KeySchemaElement(DynamoDbStateSchema.SortKey, KeyType.RANGE),
                    ],
                },
                cancellationToken);
        }
        catch (ResourceInUseException)
        {
            // Already there (or being created): wait for it like for a new one.
        }

        while ((await dynamo.DescribeTableAsync(tableName, cancellationToken)).Table.TableStatus != TableStatus.ACTIVE)
        {
            await Task.Delay(PollInterval, cancellationToken);
        }
    }
}
