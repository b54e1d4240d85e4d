using System.Text.Json.Serialization;

namespace OndiloFanout.Local;

/// <summary>Who holds a pool's lease and until when.</summary>
internal sealed record StoredLease
{
    [JsonPropertyName("owner")]
    public required string Owner { get; init; }

    [JsonPropertyName("until")]
    public required DateTimeOffset Until { get; init; }
}
