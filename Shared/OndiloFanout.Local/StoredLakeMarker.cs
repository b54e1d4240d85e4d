using System.Text.Json.Serialization;

namespace OndiloFanout.Local;

/// <summary>The file <c>.ondilo-fanout/lake.json</c>: what kind of data the lake holds, written by its first run.</summary>
internal sealed record StoredLakeMarker
{
    [JsonPropertyName("kind")]
    public required LakeKind Kind { get; init; }
}
