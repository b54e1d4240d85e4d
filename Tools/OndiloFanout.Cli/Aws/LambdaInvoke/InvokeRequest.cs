namespace OndiloFanout.Cli.Aws.LambdaInvoke;

/// <summary>One Lambda <c>Invoke</c> call, shaped as AWSSDK.Lambda's <c>InvokeRequest</c>.</summary>
public sealed record InvokeRequest
{
    /// <summary>The function's name, ARN or partial ARN.</summary>
    public required string FunctionName { get; init; }

    /// <summary>The event as JSON text; default <c>{}</c>.</summary>
    public string Payload { get; init; } = "{}";

    /// <summary>See <see cref="LambdaInvoke.InvocationType"/>; default <see cref="LambdaInvoke.InvocationType.RequestResponse"/>.</summary>
    public string InvocationType { get; init; } = LambdaInvoke.InvocationType.RequestResponse;

    /// <summary>A version or alias; default none (<c>$LATEST</c>).</summary>
    public string? Qualifier { get; init; }
}
