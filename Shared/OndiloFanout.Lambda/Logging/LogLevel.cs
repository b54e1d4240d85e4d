namespace OndiloFanout.Lambda.Logging;

/// <summary>Log levels, written by name (as Powertools for .NET writes them).</summary>
public enum LogLevel
{
    Debug = 1,
    Information = 2,
    Warning = 3,
    Error = 4,
    Critical = 5,
}
