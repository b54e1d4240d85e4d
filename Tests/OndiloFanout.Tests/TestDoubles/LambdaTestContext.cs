using OndiloFanout.Lambda;

namespace OndiloFanout.Tests.TestDoubles;

/// <summary>A settable <see cref="ILambdaContext"/> for handler tests (the role of Amazon's TestLambdaContext).</summary>
internal sealed class LambdaTestContext : ILambdaContext
{
    public string AwsRequestId { get; init; } = "test-request-id";
    public string FunctionName { get; init; } = "test-function";
    public string FunctionVersion { get; init; } = "$LATEST";
    public string InvokedFunctionArn { get; init; } = "arn:aws:lambda:eu-west-1:123456789012:function:test-function";
    public int MemoryLimitInMB { get; init; } = 512;
    public string LogGroupName { get; init; } = "/aws/lambda/test-function";
    public string LogStreamName { get; init; } = "2026/11/25/[$LATEST]0123456789abcdef";
    public TimeSpan RemainingTime { get; init; } = TimeSpan.FromMinutes(5);
    public DateTimeOffset Deadline { get; init; } = DateTimeOffset.UnixEpoch;
}
