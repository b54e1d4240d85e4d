using System.Text.Json;

namespace OndiloFanout.Lambda.Logging;

/// <summary>
/// Writes one JSON object per line with Powertools' keys: <c>timestamp, level, service, message</c>, then the
/// invocation keys set by <see cref="SetInvocation"/>, then the caller's fields, then <c>exception</c>.
/// Secrets cannot get through: keys naming a secret are masked and every text passes the <see cref="SecretRedactor"/>.
/// Thread-safe; a line is written whole.
/// </summary>
public sealed class JsonLogger
{
    private readonly TextWriter _output;
    private readonly TimeProvider _timeProvider;
    private readonly LoggerOptions _options;
    private readonly SecretRedactor _redactor;
    private readonly Lock _gate = new();
    private InvocationScope? _invocation;

    public JsonLogger(TextWriter output, TimeProvider timeProvider, LoggerOptions options, SecretRedactor redactor)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(redactor);
        _output = output;
        _timeProvider = timeProvider;
        _options = options;
        _redactor = redactor;
    }

    /// <summary>The redactor this logger masks with; register secrets on it as soon as they are known.</summary>
    public SecretRedactor Redactor => _redactor;

    /// <summary>Whether a line at <paramref name="level"/> would be written.</summary>
    public bool IsEnabled(LogLevel level) => level >= _options.MinimumLevel;

    /// <summary>Adds <c>cold_start, function_name, function_request_id, xray_trace_id</c> to every later line.</summary>
    public void SetInvocation(string functionName, string requestId, bool coldStart, string? traceId)
    {
        ArgumentNullException.ThrowIfNull(functionName);
        ArgumentNullException.ThrowIfNull(requestId);
        Volatile.Write(ref _invocation, new InvocationScope(coldStart, functionName, requestId, traceId));
    }

    public void Debug(string message, params ReadOnlySpan<LogField> fields) => Log(LogLevel.Debug, message, fields);

    public void Information(string message, params ReadOnlySpan<LogField> fields) => Log(LogLevel.Information, message, fields);

    public void Warning(string message, params ReadOnlySpan<LogField> fields) => Log(LogLevel.Warning, message, fields);

    public void Error(string message, params ReadOnlySpan<LogField> fields) => Log(LogLevel.Error, message, fields);

    public void Critical(string message, params ReadOnlySpan<LogField> fields) => Log(LogLevel.Critical, message, fields);

    /// <summary>Writes a line at <paramref name="level"/> with <paramref name="fields"/>.</summary>
    public void Log(LogLevel level, string message, params ReadOnlySpan<LogField> fields) => Write(level, message, null, fields);

    /// <summary>Writes a line with <c>exception</c> as <c>{type, message, stack_trace, inner_exception}</c>.</summary>
    public void LogException(LogLevel level, Exception exception, string message, params ReadOnlySpan<LogField> fields)
    {
        ArgumentNullException.ThrowIfNull(exception);
        Write(level, message, exception, fields);
    }

    private void Write(LogLevel level, string message, Exception? exception, ReadOnlySpan<LogField> fields)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (!IsEnabled(level))
        {
            return;
        }

        using var json = new JsonLine();
        var writer = json.Writer;
        writer.WriteString(LogKeys.Timestamp, _timeProvider.GetUtcNow().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture));
        writer.WriteString(LogKeys.Level, level.ToString());
        writer.WriteString(LogKeys.Service, _options.Service);
        writer.WriteString(LogKeys.Message, _redactor.Redact(message));
        Volatile.Read(ref _invocation)?.Write(writer);
        foreach (var field in fields)
        {
            // The core keys are the logger's; a field may not shadow them (duplicate keys break JSON readers).
            if (!IsCoreKey(field.Key))
            {
                LogValueWriter.WriteField(writer, field.Key, field.Value, _redactor);
            }
        }

        if (exception is not null)
        {
            writer.WritePropertyName(LogKeys.Exception);
            ExceptionWriter.Write(writer, exception, _redactor);
        }

        var line = json.Close();
        lock (_gate)
        {
            _output.WriteLine(line);
            _output.Flush();
        }
    }

    private static bool IsCoreKey(string key) => key is LogKeys.Timestamp or LogKeys.Level or LogKeys.Service
        or LogKeys.Message or LogKeys.ColdStart or LogKeys.FunctionName or LogKeys.FunctionRequestId
        or LogKeys.XrayTraceId or LogKeys.Exception;
}
