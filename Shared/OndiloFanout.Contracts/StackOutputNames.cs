namespace OndiloFanout.Contracts;

/// <summary>
/// The stack outputs the CLI reads from <c>cdk deploy --outputs-file</c>: one spelling for the stack that writes them and
/// the commands that read them.
/// </summary>
public static class StackOutputNames
{
    public const string StateTableName = "StateTableName";
    public const string WorkQueueUrl = "WorkQueueUrl";
    public const string DeadLetterQueueUrl = "DeadLetterQueueUrl";
    public const string SchedulerFunctionName = "SchedulerFunctionName";
}
