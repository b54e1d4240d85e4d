namespace OndiloFanout.Lambda;

/// <summary>A function's environment is missing or has a bad setting; thrown during init so Lambda reports an init error.</summary>
public sealed class InvalidSettingsException(string message) : Exception(message);
