namespace OndiloFanout.Lambda;

/// <summary>The context of one invocation, from the next-event headers and the function's environment.</summary>
internal sealed class LambdaContext : ILambdaContext
{
    private readonly TimeProvider _timeProvider;

    public LambdaContext(InvocationRequest invocation, ILambdaEnvironment environment, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _timeProvider = timeProvider;
        AwsRequestId = invocation.RequestId;
        InvokedFunctionArn = invocation.InvokedFunctionArn;
        Deadline = invocation.Deadline;
        FunctionName = environment.GetVariable(LambdaEnvironmentVariables.FunctionName) ?? "";
        FunctionVersion = environment.GetVariable(LambdaEnvironmentVariables.FunctionVersion) ?? "";
        LogGroupName = environment.GetVariable(LambdaEnvironmentVariables.LogGroupName) ?? "";
        LogStreamName = environment.GetVariable(LambdaEnvironmentVariables.LogStreamName) ?? "";
        MemoryLimitInMB = int.TryParse(
            environment.GetVariable(LambdaEnvironmentVariables.FunctionMemorySize),
            System.Globalization.NumberStyles.None,
            System.Globalization.CultureInfo.InvariantCulture,
            out var memory) ? memory : 0;
    }

    public string AwsRequestId { get; }
    public string FunctionName { get; }
    public string FunctionVersion { get; }
    public string InvokedFunctionArn { get; }
    public int MemoryLimitInMB { get; }
    public string LogGroupName { get; }
    public string LogStreamName { get; }
    public DateTimeOffset Deadline { get; }

    /// <inheritdoc />
    public TimeSpan RemainingTime
    {
        get
        {
            var remaining = Deadline - _timeProvider.GetUtcNow();
            return remaining < TimeSpan.Zero ? TimeSpan.Zero : remaining;
        }
    }
}
