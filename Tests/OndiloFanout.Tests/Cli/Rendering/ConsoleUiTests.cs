using OndiloFanout.Cli.Rendering;
using OndiloFanout.Domain.Collection;
using OndiloFanout.Local.Run;
using OndiloFanout.Pipeline.Scheduler;
using OndiloFanout.Tests.TestDoubles;
using Xunit;

namespace OndiloFanout.Tests.Cli.Rendering;

public sealed class ConsoleUiTests
{
    [Theory]
    [InlineData(0, "0.0 s")]
    [InlineData(5_679, "5.7 s")]
    [InlineData(59_949, "59.9 s")]
    [InlineData(60_000, "1.0 min")]
    [InlineData(754_000, "12.6 min")]
    [InlineData(3_600_000, "1.0 h")]
    [InlineData(122_760_000, "34.1 h")]
    public void Span_ReadsInTheLargestWholeUnit(double milliseconds, string expected) =>
        Assert.Equal(expected, ConsoleUi.Span(milliseconds));

    [Fact]
    public async Task WithProgressAsync_LongWaitOffATerminal_OnePlainLineSayingWhatUntilWhenAndThatCtrlCIsSafe()
    {
        using var console = new CliTestConsole();

        await ReportWaitAsync(console, show: true, new DateTimeOffset(2026, 11, 25, 1, 0, 0, TimeSpan.Zero));

        Assert.Equal("hourly budget spent: waiting until 01:00 UTC; Ctrl+C is safe, a rerun continues", console.Errors.Trim());
    }

    [Fact]
    public async Task WithProgressAsync_LongWaitUnderJson_SaidOnTheErrorOutputOnly()
    {
        using var console = new CliTestConsole();

        await ReportWaitAsync(console, show: false, DateTimeOffset.UnixEpoch);

        Assert.Contains("waiting until 00:00 UTC", console.Errors, StringComparison.Ordinal);
        Assert.Empty(console.Json);
    }

    [Fact]
    public void ShowRun_Table_NoEmptyHeaderRowAndSaysSimulatedDryRun()
    {
        using var console = new CliTestConsole();

        console.Ui.ShowRun(Summary(dryRun: true) with { Simulated = true }, asJson: false);

        var lines = console.Human.Split('\n');
        Assert.Contains("simulated dry run: nothing written", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("╭", lines[1], StringComparison.Ordinal);
        Assert.Contains("Pools", lines[2], StringComparison.Ordinal);
    }

    private static Task<int> ReportWaitAsync(CliTestConsole console, bool show, DateTimeOffset until) =>
        console.Ui.WithProgressAsync(show, progress =>
        {
            progress.Report(new PipelineProgress("Waiting", 0, 0, 0, 0, 0, new PipelineWait("hourly budget spent", until)));
            return Task.FromResult(0);
        });

    private static RunSummary Summary(bool dryRun = false) => new()
    {
        Plan = new SchedulerSummary
        {
            RunId = "20261125T094141Z-5f3a9c",
            Trigger = SchedulerTrigger.Daily,
            From = new DateOnly(2026, 11, 24),
            To = new DateOnly(2026, 11, 24),
            Pools = 3,
            PoolIds = [1, 2, 3],
            UnknownPools = [],
            Planned = 90,
            Enqueued = dryRun ? 0 : 90,
            Skipped = 0,
            Refused = 0,
            Healed = 87,
            ApiCalls = 1,
            DryRun = dryRun,
        },
        DeviceDaysCollected = 0,
        DeviceDaysPartial = 0,
        Records = 0,
        ApiCalls = 1,
        MessagesSkipped = 0,
        Deferrals = 0,
        Retries = 0,
        DeadLettered = 0,
        DeadLetters = [],
        DeviceDaysLeft = 0,
        Simulated = false,
        SimulatedWaitMs = 0,
        DurationMs = 600,
        OutputDirectory = "/lake",
    };
}
