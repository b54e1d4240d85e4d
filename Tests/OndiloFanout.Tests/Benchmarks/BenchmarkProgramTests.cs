using OndiloFanout.Contracts;
using OndiloFanout.Tests.TestDoubles;
using Xunit;

namespace OndiloFanout.Tests.Benchmarks;

/// <summary>
/// The benchmarks' smoke mode: one iteration of each at tiny sizes, so that a change that breaks a benchmark fails
/// the suite. The tool runs as a process (this project builds it but does not reference it). Needs the emulators
/// (npm ci) like the integration tests; uses the AOT bootstraps when they were built.
/// </summary>
[Trait("Category", "BenchmarkSmoke")]
[Trait("Category", "TimeSensitive")]
public sealed class BenchmarkProgramTests
{
    // Mid-morning UTC, whatever the wall clock says: yesterday has settled for the daily run.
    private static readonly Dictionary<string, string> Morning = new() { [SettingNames.ClockStart] = "2026-11-25T10:00:00Z" };

    [Fact]
    public async Task Main_Smoke_WritesEveryBenchmark()
    {
        using var folder = new LocalTempFolder();
        var report = Path.Combine(folder.Path, "BENCHMARKS.md");

        // The JIT builds are the function dlls this test project's output already holds.
        await using var tool = ToolProcess.Start(Tool(), folder.Path, Morning, "--smoke", "--jit", AppContext.BaseDirectory, "--out", report);

        Assert.True(await tool.WaitForExitAsync(TimeSpan.FromMinutes(5)) == 0, tool.Out + tool.Err);
        var text = await File.ReadAllTextAsync(report);
        Assert.Contains("| scheduler | JIT | 1 |", text, StringComparison.Ordinal);
        Assert.Contains("| device-fetcher | JIT | 1 |", text, StringComparison.Ordinal);
        Assert.Contains("| daily (yesterday) | 1 |", text, StringComparison.Ordinal);
        Assert.Contains("| month backfill | 1 |", text, StringComparison.Ordinal);
        Assert.Contains("| pipeline | 1 | 90 |", text, StringComparison.Ordinal);
        Assert.Contains("| fetcher alone | 1 | 90 |", text, StringComparison.Ordinal);
        Assert.Contains("| Secrets Manager |", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Main_UnknownArgument_ExitsWithUsageError()
    {
        await using var tool = ToolProcess.Start(Tool(), AppContext.BaseDirectory, Morning, "--bogus");

        Assert.Equal(2, await tool.WaitForExitAsync(TimeSpan.FromSeconds(30)));
        Assert.Contains("--smoke", tool.Out, StringComparison.Ordinal);
    }

    // The tool's build output beside this project's: Tests/Benchmarks/bin/<configuration>/<framework>/.
    private static string Tool()
    {
        var framework = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var configuration = framework.Parent!;
        var tests = configuration.Parent!.Parent!.Parent!.FullName;
        return Path.Combine(tests, "Benchmarks", "bin", configuration.Name, framework.Name, "OndiloFanout.Benchmarks");
    }
}
