using Microsoft.Extensions.Time.Testing;
using OndiloFanout.Cli.Commands;
using OndiloFanout.Domain.Collection;
using OndiloFanout.Domain.Pools;
using OndiloFanout.Local;
using OndiloFanout.Tests.Local;
using OndiloFanout.Tests.TestDoubles;
using Xunit;

namespace OndiloFanout.Tests.Cli.Commands;

/// <summary><c>report</c> on a small lake written by the lake's own sinks: measures of one pool and day, and its pool snapshots.</summary>
public sealed class ReportCommandTests : IDisposable
{
    private readonly LocalTempFolder _folder = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 5, 10, 0, 0, TimeSpan.Zero));

    private string Lake => _folder.Combine("lake");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Report_SnapshotsHoldThresholds_DrawsThemWithoutAThresholdsFile()
    {
        await WriteLakeAsync();
        await SnapshotAsync(new OndiloPoolConfiguration { TemperatureLow = 20, TemperatureHigh = 31.5 }, new DateTimeOffset(2026, 11, 1, 2, 30, 0, TimeSpan.Zero));
        // A later snapshot without thresholds (a daily run that did not read them) keeps the last ones read.
        await SnapshotAsync(null, new DateTimeOffset(2026, 11, 4, 2, 30, 0, TimeSpan.Zero));
        var html = _folder.Combine("report.html");

        var outcome = await CliRunner.RunAsync(_time, "report", "--out", Lake, "--html", html);

        Assert.Equal(ExitCodes.Ok, outcome.ExitCode);
        Assert.Contains("20–31.5", outcome.Human, StringComparison.Ordinal);
        Assert.Contains("Thresholds from the lake's pool snapshots.", await File.ReadAllTextAsync(html), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_NoThresholdsAnywhere_ShownAsUnknown()
    {
        await WriteLakeAsync();

        var outcome = await CliRunner.RunAsync(_time, "report", "--out", Lake, "--html", _folder.Combine("report.html"));

        Assert.Equal(ExitCodes.Ok, outcome.ExitCode);
        Assert.Contains("unknown", outcome.Human, StringComparison.Ordinal);
    }

    private Task WriteLakeAsync() => new LocalFolderSink(Lake, _time).WriteAsync(LocalFolderSinkTests.Batch(30), CancellationToken.None);

    private Task SnapshotAsync(OndiloPoolConfiguration? configuration, DateTimeOffset at)
    {
        var runId = at.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", System.Globalization.CultureInfo.InvariantCulture) + "-abc123";
        var snapshot = new PoolSnapshot { RunId = runId, TakenAt = at, Pools = [PoolSnapshotLayout.RecordOf(new OndiloPool { Id = 12, Name = "Piscine é" }, configuration, runId, at)] };
        return new LocalPoolSnapshotSink(Lake).WriteAsync(snapshot, CancellationToken.None);
    }
}
