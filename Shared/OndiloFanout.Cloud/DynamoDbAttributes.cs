using System.Globalization;
using Amazon.DynamoDBv2.Model;

namespace OndiloFanout.Cloud;

/// <summary>Hand-written conversions between attribute values and .NET values (no reflection, AOT-safe).</summary>
public static class DynamoDbAttributes
{
    public static AttributeValue String(string value) => new() { S = value };

    public static AttributeValue Number(long value) => new() { N = value.ToString(CultureInfo.InvariantCulture) };

    public static AttributeValue Time(DateTimeOffset value) =>
        new() { S = value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture) };

    public static Dictionary<string, AttributeValue> Key(string partition, string sort) => new(StringComparer.Ordinal)
    {
        [DynamoDbStateSchema.PartitionKey] = String(partition),
        [DynamoDbStateSchema.SortKey] = String(sort),
    };

    public static string GetString(Dictionary<string, AttributeValue> item, string name) =>
        item.TryGetValue(name, out var value) && value.S is { } s
            ? s
            : throw new InvalidDataException($"State item attribute '{name}' is missing or not a string.");

    public static string? GetOptionalString(Dictionary<string, AttributeValue> item, string name) =>
        item.TryGetValue(name, out var value) ? value.S : null;

    public static long GetNumber(Dictionary<string, AttributeValue> item, string name) =>
        item.TryGetValue(name, out var value) && value.N is { } n
            ? long.Parse(n, NumberStyles.Integer, CultureInfo.InvariantCulture)
            : throw new InvalidDataException($"State item attribute '{name}' is missing or not a number.");

    public static long GetNumberOrZero(Dictionary<string, AttributeValue>? item, string name) =>
        item is not null && item.ContainsKey(name) ? GetNumber(item, name) : 0;

    public static DateTimeOffset ParseTime(string value) =>
        DateTimeOffset.Parse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}
