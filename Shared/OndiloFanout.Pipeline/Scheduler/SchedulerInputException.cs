namespace OndiloFanout.Pipeline.Scheduler;

/// <summary>The scheduler's input was refused; nothing was enqueued. The message says what to fix.</summary>
public sealed class SchedulerInputException(string message) : Exception(message);
