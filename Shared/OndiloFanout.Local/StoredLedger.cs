using System.Text.Json.Serialization;

namespace OndiloFanout.Local;

/// <summary>The file <c>ledger/&lt;poolId&gt;.json</c>: every day of one pool, keyed <c>yyyy-MM-dd</c>.</summary>
internal sealed record StoredLedger
{
    [JsonPropertyName("days")]
    public required SortedDictionary<DateOnly, StoredLedgerDay> Days { get; init; }
}
