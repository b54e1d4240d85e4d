namespace OndiloFanout.Infrastructure.Tests;

/// <summary>The names derived from the stack name, without synthesizing.</summary>
public sealed class StackNamesTests
{
    [Fact]
    public void From_DefaultStackName_GivesTheNamesTheReadmeQuotes()
    {
        var names = StackNames.From(StackSettings.DefaultStackName);

        Assert.Equal("OndiloFanout", names.Stack);
        Assert.Equal("ondilo_fanout", names.GlueDatabase);
        Assert.Equal("ondilo-fanout", names.AthenaWorkGroup);
        Assert.Equal("ondilo-fanout", names.ServiceName);
        Assert.Equal("OndiloFanout alarms", names.AlarmTopicDisplayName);
    }

    [Theory]
    [InlineData("OndiloFanoutStaging", "ondilo-fanout-staging", "ondilo_fanout_staging")]
    [InlineData("OndiloFanout-Staging", "ondilo-fanout-staging", "ondilo_fanout_staging")]
    [InlineData("ABCLake2", "abc-lake2", "abc_lake2")]
    [InlineData("pools", "pools", "pools")]
    public void From_StackName_DerivesLowerCaseWords(string stackName, string workGroup, string database)
    {
        var names = StackNames.From(stackName);

        Assert.Equal(workGroup, names.AthenaWorkGroup);
        Assert.Equal(workGroup, names.ServiceName);
        Assert.Equal(database, names.GlueDatabase);
    }
}
