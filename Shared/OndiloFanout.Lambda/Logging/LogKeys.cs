namespace OndiloFanout.Lambda.Logging;

/// <summary>The keys of a log line: Powertools' core keys (snake_case) and the domain keys of this project.</summary>
public static class LogKeys
{
    public const string Timestamp = "timestamp";
    public const string Level = "level";
    public const string Service = "service";
    public const string Message = "message";
    public const string ColdStart = "cold_start";
    public const string FunctionName = "function_name";
    public const string FunctionRequestId = "function_request_id";
    public const string XrayTraceId = "xray_trace_id";
    public const string Exception = "exception";

    /// <summary>Members of the <see cref="Exception"/> object.</summary>
    public const string ExceptionType = "type";
    public const string ExceptionMessage = "message";
    public const string ExceptionStackTrace = "stack_trace";
    public const string InnerException = "inner_exception";

    public const string PoolId = "pool_id";
    public const string Day = "day";
    public const string RunId = "run_id";
    public const string MessageId = "message_id";
    public const string Endpoint = "endpoint";
    public const string StatusCode = "status_code";
    public const string Outcome = "outcome";
    public const string Reason = "reason";
}
