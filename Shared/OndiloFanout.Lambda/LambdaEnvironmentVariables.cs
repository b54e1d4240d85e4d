namespace OndiloFanout.Lambda;

/// <summary>The environment variables the Lambda service sets (or, for the trace id, the runtime sets).</summary>
internal static class LambdaEnvironmentVariables
{
    /// <summary><c>host:port</c> of the Runtime API.</summary>
    public const string RuntimeApi = "AWS_LAMBDA_RUNTIME_API";

    /// <summary>X-Ray trace header of the current invocation; the runtime sets it from the next-event header.</summary>
    public const string TraceId = "_X_AMZN_TRACE_ID";

    /// <summary>The function's name, for <see cref="ILambdaContext.FunctionName"/>.</summary>
    public const string FunctionName = "AWS_LAMBDA_FUNCTION_NAME";

    /// <summary>The version being run (<c>$LATEST</c> or a number).</summary>
    public const string FunctionVersion = "AWS_LAMBDA_FUNCTION_VERSION";

    /// <summary>Configured memory in MB.</summary>
    public const string FunctionMemorySize = "AWS_LAMBDA_FUNCTION_MEMORY_SIZE";

    /// <summary>CloudWatch Logs group of the function.</summary>
    public const string LogGroupName = "AWS_LAMBDA_LOG_GROUP_NAME";

    /// <summary>CloudWatch Logs stream of this execution environment.</summary>
    public const string LogStreamName = "AWS_LAMBDA_LOG_STREAM_NAME";
}
