using System.Text.Json;

namespace OndiloFanout.Lambda.Logging;

/// <summary>The keys that describe the current invocation, written on every line while it runs.</summary>
internal sealed record InvocationScope(bool ColdStart, string FunctionName, string RequestId, string? TraceId)
{
    public void Write(Utf8JsonWriter writer)
    {
        writer.WriteBoolean(LogKeys.ColdStart, ColdStart);
        writer.WriteString(LogKeys.FunctionName, FunctionName);
        writer.WriteString(LogKeys.FunctionRequestId, RequestId);
        if (TraceId is not null)
        {
            writer.WriteString(LogKeys.XrayTraceId, TraceId);
        }
    }
}
