using OndiloFanout.Tests.TestDoubles;
using Xunit;

namespace OndiloFanout.Tests.Simulator.Standalone;

/// <summary>The standalone simulator as a process, as a user or a script runs it.</summary>
public sealed class SimulatorProgramTests
{
    private const string Simulator = "OndiloFanout.Simulator";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Main_Help_PrintsTheUsageWithAnExampleAndExitCodes()
    {
        await using var process = ToolProcess.Start(Simulator, AppContext.BaseDirectory, null, "--help");

        Assert.Equal(0, await process.WaitForExitAsync(Patience));
        Assert.Contains("Usage: OndiloFanout.Simulator", process.Out, StringComparison.Ordinal);
        Assert.Contains("Example:", process.Out, StringComparison.Ordinal);
        Assert.Contains("Exit codes:", process.Out, StringComparison.Ordinal);
        Assert.Empty(process.Err);
    }

    [Fact]
    public async Task Main_Sigterm_StopsAndExitsZero()
    {
        await using var process = ToolProcess.Start(Simulator, AppContext.BaseDirectory, null, "--pools", "1");
        Assert.True(await process.WaitForOutputAsync("Press Ctrl+C to stop.", Patience), process.Out + process.Err);

        await process.SignalAsync("TERM");

        Assert.Equal(0, await process.WaitForExitAsync(TimeSpan.FromSeconds(10)));
    }
}
