namespace OndiloFanout.Lambda;

/// <summary>
/// Wire names of the Lambda Runtime API (version <see cref="ApiVersion"/>): headers, paths and media types,
/// kept in one place so the client and the test server cannot drift apart.
/// </summary>
internal static class RuntimeApiHeaders
{
    /// <summary>The API version, also the first segment of every path.</summary>
    public const string ApiVersion = "2018-06-01";

    /// <summary>The id of the invocation; every response or error post names it.</summary>
    public const string RequestId = "Lambda-Runtime-Aws-Request-Id";

    /// <summary>The invocation deadline as Unix epoch milliseconds.</summary>
    public const string DeadlineMs = "Lambda-Runtime-Deadline-Ms";

    /// <summary>The ARN the caller invoked (may carry a version or alias).</summary>
    public const string InvokedFunctionArn = "Lambda-Runtime-Invoked-Function-Arn";

    /// <summary>The X-Ray trace header, copied to <c>_X_AMZN_TRACE_ID</c>.</summary>
    public const string TraceId = "Lambda-Runtime-Trace-Id";

    /// <summary>Mobile SDK client context (unused here, named for completeness).</summary>
    public const string ClientContext = "Lambda-Runtime-Client-Context";

    /// <summary>Mobile SDK Cognito identity (unused here, named for completeness).</summary>
    public const string CognitoIdentity = "Lambda-Runtime-Cognito-Identity";

    /// <summary>Request header of error posts: the error type.</summary>
    public const string FunctionErrorType = "Lambda-Runtime-Function-Error-Type";

    /// <summary>Media type of the error document.</summary>
    public const string ErrorContentType = "application/vnd.aws.lambda.error+json";

    /// <summary>Path of the long poll for the next event, relative to the versioned base.</summary>
    public const string NextPath = "runtime/invocation/next";

    /// <summary>Path of the initialization error post, relative to the versioned base.</summary>
    public const string InitErrorPath = "runtime/init/error";

    /// <summary>Path of the response post of one invocation.</summary>
    public static string ResponsePath(string requestId) => $"runtime/invocation/{Uri.EscapeDataString(requestId)}/response";

    /// <summary>Path of the error post of one invocation.</summary>
    public static string ErrorPath(string requestId) => $"runtime/invocation/{Uri.EscapeDataString(requestId)}/error";
}
