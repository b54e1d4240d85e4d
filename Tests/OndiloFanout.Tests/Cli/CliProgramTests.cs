using OndiloFanout.Cli.Commands;
using OndiloFanout.Tests.TestDoubles;
using Xunit;

namespace OndiloFanout.Tests.Cli;

/// <summary><c>ondilo-fanout</c> as its own process: signals.</summary>
public sealed class CliProgramTests : IDisposable
{
    private const string Cli = "OndiloFanout.Cli";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private readonly LocalTempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Main_CtrlCWhileWaiting_ExitsSayingNothingWasLost()
    {
        // The login waits for the browser's answer, which never comes.
        await using var process = ToolProcess.Start(Cli, _folder.Path, null, "login", "--no-browser", "--api-url", "http://127.0.0.1:9", "--token-file", _folder.Combine("token.json"));
        Assert.True(await process.WaitForOutputAsync("Open this address", Patience), process.Out + process.Err);

        await process.SignalAsync("INT");

        Assert.Equal(ExitCodes.Interrupted, await process.WaitForExitAsync(Patience));
        Assert.Contains("Nothing was lost", process.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", process.Err, StringComparison.Ordinal);
    }
}
