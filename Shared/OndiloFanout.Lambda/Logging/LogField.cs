namespace OndiloFanout.Lambda.Logging;

/// <summary>
/// One structured value of a log line. Converts from a <c>(key, value)</c> tuple so call sites read
/// <c>logger.Information("Collected", (LogKeys.PoolId, 123), (LogKeys.Day, day))</c>.
/// </summary>
public readonly record struct LogField(string Key, object? Value)
{
    /// <summary>Builds a field from a tuple.</summary>
    public static implicit operator LogField((string Key, object? Value) field) => new(field.Key, field.Value);
}
