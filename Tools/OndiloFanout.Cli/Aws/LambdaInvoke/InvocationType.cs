namespace OndiloFanout.Cli.Aws.LambdaInvoke;

/// <summary>The values of <c>X-Amz-Invocation-Type</c>, as AWSSDK.Lambda's <c>InvocationType</c>.</summary>
internal static class InvocationType
{
    /// <summary>Waits for the function and returns its response (HTTP 200).</summary>
    public const string RequestResponse = "RequestResponse";

    /// <summary>Queues the event and returns at once (HTTP 202).</summary>
    public const string Event = "Event";

    /// <summary>Only checks the caller's permission and the parameters (HTTP 204).</summary>
    public const string DryRun = "DryRun";
}
