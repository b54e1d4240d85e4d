using System.Text.Json.Serialization;

namespace OndiloFanout.Ondilo;

/// <summary>Wire form of a pool's <c>disinfection</c>; <c>primary</c> chooses salt or TDS.</summary>
internal sealed record DisinfectionDto
{
    [JsonPropertyName("primary")] public string? Primary { get; init; }
}
