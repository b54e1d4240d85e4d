namespace OndiloFanout.Cli.Aws.LambdaInvoke;

/// <summary>The answer of <c>Invoke</c>, shaped as AWSSDK.Lambda's <c>InvokeResponse</c>.</summary>
public sealed record InvokeResponse
{
    /// <summary>200 (RequestResponse), 202 (Event) or 204 (DryRun).</summary>
    public required int StatusCode { get; init; }

    /// <summary>
    /// <c>X-Amz-Function-Error</c>: set (e.g. <c>Unhandled</c>) when the function itself failed, even though the HTTP
    /// status is 200; the <see cref="Payload"/> then holds the error document (see <see cref="LambdaFunctionError"/>).
    /// </summary>
    public string? FunctionError { get; init; }

    /// <summary><c>X-Amz-Executed-Version</c>, e.g. <c>$LATEST</c>.</summary>
    public string? ExecutedVersion { get; init; }

    /// <summary>The function's response (or error document) as text.</summary>
    public required string Payload { get; init; }
}
