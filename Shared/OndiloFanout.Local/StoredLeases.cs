using System.Text.Json.Serialization;

namespace OndiloFanout.Local;

/// <summary>The file <c>leases.json</c>: the lease of each pool that has one.</summary>
internal sealed record StoredLeases
{
    [JsonPropertyName("pools")]
    public required SortedDictionary<long, StoredLease> Pools { get; init; }
}
