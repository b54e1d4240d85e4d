using Amazon.DynamoDBv2.Model;
using OndiloFanout.Domain.Collection;
using static OndiloFanout.Cloud.DynamoDbAttributes;

namespace OndiloFanout.Cloud;

/// <summary>
/// Maps a <see cref="LedgerEntry"/> to its item (<c>pk=POOL#id</c>, <c>sk=DAY#yyyy-MM-dd</c>) and back.
/// Ledger items carry no TTL: the ledger is what keeps a redrive from writing a day twice.
/// </summary>
public static class DynamoDbLedgerItem
{
    public static Dictionary<string, AttributeValue> ToItem(LedgerEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var item = Key(DynamoDbStateKeys.Pool(entry.PoolId), DynamoDbStateKeys.Day(entry.Day));
        item[DynamoDbStateKeys.Status] = String(StatusName(entry.Status));
        item[DynamoDbStateKeys.Records] = Number(entry.Records);
        item[DynamoDbStateKeys.Cursor] = new AttributeValue
        {
            M = entry.Cursor.ToDictionary(pair => pair.Key, pair => Time(pair.Value), StringComparer.Ordinal),
        };
        item[DynamoDbStateKeys.UpdatedAt] = Time(entry.UpdatedAt);
        if (entry.RunId is not null)
        {
            item[DynamoDbStateKeys.RunId] = String(entry.RunId);
        }

        return item;
    }

    public static LedgerEntry FromItem(long poolId, Dictionary<string, AttributeValue> item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var sort = GetString(item, DynamoDbStateSchema.SortKey);
        // SDK v4 leaves an empty map null.
        var cursor = item.TryGetValue(DynamoDbStateKeys.Cursor, out var map) ? map.M ?? [] : [];
        return new LedgerEntry
        {
            PoolId = poolId,
            Day = DateOnly.ParseExact(sort[DynamoDbStateKeys.DayPrefix.Length..], "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            Status = ParseStatus(GetString(item, DynamoDbStateKeys.Status)),
            Records = checked((int)GetNumber(item, DynamoDbStateKeys.Records)),
            Cursor = cursor.ToDictionary(
                pair => pair.Key,
                pair => ParseTime(pair.Value.S ?? throw new InvalidDataException($"Ledger cursor '{pair.Key}' is not a string.")),
                StringComparer.Ordinal),
            UpdatedAt = ParseTime(GetString(item, DynamoDbStateKeys.UpdatedAt)),
            RunId = GetOptionalString(item, DynamoDbStateKeys.RunId),
        };
    }

    private static string StatusName(DayStatus status) => status switch
    {
        DayStatus.Partial => "partial",
        DayStatus.Complete => "complete",
        DayStatus.Closed => "closed",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown day status."),
    };

    private static DayStatus ParseStatus(string value) => value switch
    {
        "partial" => DayStatus.Partial,
        "complete" => DayStatus.Complete,
        "closed" => DayStatus.Closed,
        _ => throw new InvalidDataException($"Unknown ledger status '{value}'."),
    };
}
