using System.Text.Json.Serialization;

namespace OndiloFanout.Lambda;

/// <summary>The error document the Runtime API takes on its error paths.</summary>
public sealed record LambdaError
{
    [JsonPropertyName("errorMessage")]
    public required string ErrorMessage { get; init; }

    [JsonPropertyName("errorType")]
    public required string ErrorType { get; init; }

    [JsonPropertyName("stackTrace")]
    public required IReadOnlyList<string> StackTrace { get; init; }
}
