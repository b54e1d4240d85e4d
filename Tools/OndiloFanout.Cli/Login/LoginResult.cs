using System.Text.Json.Serialization;

namespace OndiloFanout.Cli.Login;

/// <summary>Where the token went and what it can see; never the token itself.</summary>
internal sealed record LoginResult
{
    [JsonPropertyName("storedIn")] public required string StoredIn { get; init; }
    [JsonPropertyName("email")] public string? Email { get; init; }
    [JsonPropertyName("pools")] public required IReadOnlyList<LoginPool> Pools { get; init; }
    [JsonPropertyName("apiCalls")] public required int ApiCalls { get; init; }
}

/// <summary>A pool the token can see.</summary>
internal sealed record LoginPool([property: JsonPropertyName("id")] long Id, [property: JsonPropertyName("name")] string Name);
