namespace OndiloFanout.Cli.Redrive;

/// <summary>The statuses SQS reports for a message move task.</summary>
internal static class MoveTaskStatus
{
    public const string Running = "RUNNING";
    public const string Completed = "COMPLETED";
    public const string Cancelling = "CANCELLING";
    public const string Cancelled = "CANCELLED";
    public const string Failed = "FAILED";

    /// <summary>True once the task will not change any more.</summary>
    public static bool IsFinal(string? status) => status is Completed or Cancelled or Failed;
}
