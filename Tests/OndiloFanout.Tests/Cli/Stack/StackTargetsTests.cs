using OndiloFanout.Cli.Stack;
using OndiloFanout.Contracts;
using OndiloFanout.Tests.TestDoubles;
using Xunit;

namespace OndiloFanout.Tests.Cli.Stack;

public sealed class StackTargetsTests
{
    private const string OutputsJson = """
        {"OtherStack":{"Url":"x"},"OndiloFanout":{"StateTableName":"state-t","WorkQueueUrl":"https://sqs/work","DeadLetterQueueUrl":"https://sqs/dlq","AlarmTopicArn":"arn"}}
        """;

    [Fact]
    public void Resolve_OptionsOutputsAndEnvironment_OptionWinsThenOutputsThenEnvironment()
    {
        var outputs = new StackOutputs(new Dictionary<string, string> { [StackOutputNames.WorkQueueUrl] = "from-outputs" });
        var environment = new Dictionary<string, string?> { ["STATE_TABLE_NAME"] = "env-table", ["WORK_QUEUE_URL"] = "env-queue", ["DEAD_LETTER_QUEUE_URL"] = "env-dlq" };

        var targets = StackTargets.Resolve(null, null, "option-dlq", outputs, name => environment.GetValueOrDefault(name));

        Assert.Equal(new StackTargets { TableName = "env-table", QueueUrl = "from-outputs", DeadLetterQueueUrl = "option-dlq" }, targets);
        Assert.True(targets.Any);
    }

    [Fact]
    public void Resolve_NothingGiven_PointsNowhere()
    {
        var targets = StackTargets.Resolve(" ", null, null, null, _ => "");

        Assert.False(targets.Any);
    }

    [Fact]
    public void Read_CdkOutputsFile_TakesTheStackWithTheStateTable()
    {
        using var folder = new LocalTempFolder();
        var path = folder.Combine("outputs.json");
        File.WriteAllText(path, OutputsJson);

        var outputs = StackOutputs.Read(path);

        Assert.Equal("state-t", outputs.Get(StackOutputNames.StateTableName));
        Assert.Equal("https://sqs/dlq", outputs.Get(StackOutputNames.DeadLetterQueueUrl));
        Assert.Null(outputs.Get("Url"));
    }

    [Fact]
    public void Read_FileWithoutOurStack_ThrowsSayingHowToWriteIt()
    {
        using var folder = new LocalTempFolder();
        var path = folder.Combine("outputs.json");
        File.WriteAllText(path, """{"OtherStack":{"Url":"x"}}""");

        var error = Assert.Throws<InvalidDataException>(() => StackOutputs.Read(path));

        Assert.Contains("--outputs-file", error.Message, StringComparison.Ordinal);
    }
}
