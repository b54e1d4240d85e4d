namespace OndiloFanout.Lambda;

/// <summary>What a handler knows about its invocation; the shape of <c>Amazon.Lambda.Core.ILambdaContext</c>.</summary>
public interface ILambdaContext
{
    string AwsRequestId { get; }
    string FunctionName { get; }
    string FunctionVersion { get; }
    string InvokedFunctionArn { get; }
    int MemoryLimitInMB { get; }
    string LogGroupName { get; }
    string LogStreamName { get; }

    /// <summary>Time left until <see cref="Deadline"/>, never negative.</summary>
    TimeSpan RemainingTime { get; }

    /// <summary>When the Lambda service stops the invocation.</summary>
    DateTimeOffset Deadline { get; }
}
