using Microsoft.Extensions.Time.Testing;
using OndiloFanout.Tests.TestDoubles;
using Xunit;

namespace OndiloFanout.Tests.Cli;

public sealed class CliHelpTests
{
    [Theory]
    [InlineData]
    [InlineData("run")]
    [InlineData("login")]
    [InlineData("backfill")]
    [InlineData("report")]
    [InlineData("status")]
    [InlineData("redrive")]
    [InlineData("query")]
    public async Task Help_EveryCommand_HasAnExampleAndItsExitCodes(params string[] command)
    {
        var outcome = await CliRunner.RunAsync(new FakeTimeProvider(), [.. command, "--help"]);

        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains("Examples:", outcome.Help, StringComparison.Ordinal);
        Assert.Contains("ondilo-fanout " + string.Join(' ', command), outcome.Help, StringComparison.Ordinal);
        Assert.Contains("Exit codes: 0 ", outcome.Help, StringComparison.Ordinal);
        Assert.Contains("2 bad command line", outcome.Help, StringComparison.Ordinal);
    }
}
