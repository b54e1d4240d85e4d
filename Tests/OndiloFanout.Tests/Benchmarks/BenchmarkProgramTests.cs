using Microsoft.Extensions.Time.Testing;
using OndiloFanout.Benchmarks;
using OndiloFanout.Configuration;
using OndiloFanout.Tests.TestDoubles;
using Xunit;

namespace OndiloFanout.Tests.Benchmarks;

/// <summary>
/// The benchmarks' smoke mode: one iteration of each at tiny sizes, so that a change that breaks a benchmark fails
/// the suite. Needs the emulators (npm ci) like the integration tests; uses the AOT bootstraps when they were built.
/// </summary>
[Trait("Category", "BenchmarkSmoke")]
[Trait("Category", "TimeSensitive")]
public sealed class BenchmarkProgramTests
{
    [Fact]
    public async Task RunAsync_Smoke_WritesEveryBenchmark()
    {
        using var folder = new LocalTempFolder();
        var report = Path.Combine(folder.Path, "BENCHMARKS.md");
        using var log = new StringWriter();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));

        // The JIT builds are the function dlls this test project's output already holds.
        // Mid-morning UTC, whatever the wall clock says: yesterday has settled for the daily run.
        var exitCode = await BenchmarkProgram.RunAsync(
            ["--smoke", "--jit", AppContext.BaseDirectory, "--out", report],
            log,
            new FixedStartTimeProvider(new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.Zero)),
            timeout.Token);

        Assert.True(exitCode == 0, log.ToString());
        var text = await File.ReadAllTextAsync(report, timeout.Token);
        Assert.Contains("| scheduler | JIT | 1 |", text, StringComparison.Ordinal);
        Assert.Contains("| device-fetcher | JIT | 1 |", text, StringComparison.Ordinal);
        Assert.Contains("| daily (yesterday) | 1 |", text, StringComparison.Ordinal);
        Assert.Contains("| month backfill | 1 |", text, StringComparison.Ordinal);
        Assert.Contains("| pipeline | 1 | 90 |", text, StringComparison.Ordinal);
        Assert.Contains("| fetcher alone | 1 | 90 |", text, StringComparison.Ordinal);
        Assert.Contains("| Secrets Manager |", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_UnknownArgument_ReturnsUsageError()
    {
        using var log = new StringWriter();

        var exitCode = await BenchmarkProgram.RunAsync(["--bogus"], log, new FakeTimeProvider(), CancellationToken.None);

        Assert.Equal(2, exitCode);
        Assert.Contains("--smoke", log.ToString(), StringComparison.Ordinal);
    }
}
