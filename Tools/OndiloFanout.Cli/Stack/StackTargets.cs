using OndiloFanout.Contracts;

namespace OndiloFanout.Cli.Stack;

/// <summary>Where the deployed stack keeps its state and queues, as far as the command line, an outputs file or the environment say.</summary>
internal sealed record StackTargets
{
    public string? TableName { get; init; }
    public string? QueueUrl { get; init; }
    public string? DeadLetterQueueUrl { get; init; }

    /// <summary>True when anything points at a deployed stack.</summary>
    public bool Any => TableName is not null || QueueUrl is not null || DeadLetterQueueUrl is not null;

    /// <summary>
    /// Each value from its option, else the outputs file of <c>cdk deploy --outputs-file</c>, else the functions'
    /// own environment variables (<see cref="SettingNames"/>).
    /// </summary>
    public static StackTargets Resolve(string? table, string? queueUrl, string? deadLetterQueueUrl, StackOutputs? outputs, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        string? Pick(string? option, string output, string variable) =>
            NonEmpty(option) ?? NonEmpty(outputs?.Get(output)) ?? NonEmpty(environment(variable));
        return new StackTargets
        {
            TableName = Pick(table, StackOutputNames.StateTableName, SettingNames.StateTableName),
            QueueUrl = Pick(queueUrl, StackOutputNames.WorkQueueUrl, SettingNames.QueueUrl),
            DeadLetterQueueUrl = Pick(deadLetterQueueUrl, StackOutputNames.DeadLetterQueueUrl, SettingNames.DeadLetterQueueUrl),
        };
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
