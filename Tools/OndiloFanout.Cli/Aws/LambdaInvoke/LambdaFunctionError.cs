using System.Text.Json;

namespace OndiloFanout.Cli.Aws.LambdaInvoke;

/// <summary>
/// The error document of a failed invocation: <c>{"errorMessage":"…","errorType":"…","stackTrace":[…]}</c>.
/// Read by hand because Lambda's own errors (a timeout, an out-of-memory) leave out some of the fields.
/// </summary>
internal sealed record LambdaFunctionError
{
    /// <summary>The exception's type name (e.g. <c>SchedulerInputException</c>), or Lambda's (<c>Sandbox.Timedout</c>); null when absent.</summary>
    public string? ErrorType { get; init; }

    public required string ErrorMessage { get; init; }

    /// <summary>Reads the error document; a payload that is not one is kept whole as the message.</summary>
    public static LambdaFunctionError Read(string payload)
    {
        ArgumentNullException.ThrowIfNull(payload);
        try
        {
            using var document = JsonDocument.Parse(payload);
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object)
            {
                return new LambdaFunctionError
                {
                    ErrorType = StringOrNull(root, "errorType"),
                    ErrorMessage = StringOrNull(root, "errorMessage") ?? payload,
                };
            }
        }
        catch (JsonException)
        {
            // Not JSON: the text itself is the best message there is.
        }

        return new LambdaFunctionError { ErrorMessage = payload };
    }

    private static string? StringOrNull(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
