using System.Text.Json.Serialization;
using OndiloFanout.Domain.Collection;

namespace OndiloFanout.Local;

/// <summary>One day of a <see cref="StoredLedger"/>: a <see cref="LedgerEntry"/> without the keys the file already holds.</summary>
internal sealed record StoredLedgerDay
{
    [JsonPropertyName("status")]
    public required DayStatus Status { get; init; }

    [JsonPropertyName("records")]
    public required int Records { get; init; }

    [JsonPropertyName("cursor")]
    public required Dictionary<string, DateTimeOffset> Cursor { get; init; }

    [JsonPropertyName("updatedAt")]
    public required DateTimeOffset UpdatedAt { get; init; }

    [JsonPropertyName("runId")]
    public string? RunId { get; init; }

    public static StoredLedgerDay From(LedgerEntry entry) => new()
    {
        Status = entry.Status,
        Records = entry.Records,
        Cursor = new Dictionary<string, DateTimeOffset>(entry.Cursor, StringComparer.Ordinal),
        UpdatedAt = entry.UpdatedAt,
        RunId = entry.RunId,
    };

    public LedgerEntry ToEntry(long poolId, DateOnly day) => new()
    {
        PoolId = poolId,
        Day = day,
        Status = Status,
        Records = Records,
        Cursor = Cursor,
        UpdatedAt = UpdatedAt,
        RunId = RunId,
    };
}
