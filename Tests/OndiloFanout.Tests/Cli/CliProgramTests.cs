using Microsoft.Extensions.Time.Testing;
using OndiloFanout.Cli.Commands;
using OndiloFanout.Local;
using OndiloFanout.Tests.Local;
using OndiloFanout.Tests.TestDoubles;
using Xunit;

namespace OndiloFanout.Tests.Cli;

/// <summary><c>ondilo-fanout</c> as its own process: signals, and output piped into a file or a cron log.</summary>
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

    [Fact]
    public async Task Main_WideTablePiped_EveryLineWhole()
    {
        var lake = _folder.Combine("lake");
        await new LocalFolderSink(lake, new FakeTimeProvider()).WriteAsync(LocalFolderSinkTests.Batch(3), CancellationToken.None);

        await using var process = ToolProcess.Start(Cli, _folder.Path, null, "query", "SELECT poolname, recordid, valuetime, collectedat, source FROM measures_raw ORDER BY recordid", "--out", lake);

        Assert.Equal(ExitCodes.Ok, await process.WaitForExitAsync(Patience));
        var lines = process.Out.Split('\n');
        // Three rows between the header and the borders, each on one line of the table's full width.
        Assert.Equal(3 + 4, lines.Count(line => line.Length > 0 && line[0] is '│' or '╭' or '├' or '╰'));
        Assert.Single(lines.Where(line => line.Length > 0 && line[0] is '│' or '╭' or '├' or '╰').Select(line => line.TrimEnd().Length).Distinct());
        Assert.True(lines[0].TrimEnd().Length > 80, lines[0]);
    }
}
