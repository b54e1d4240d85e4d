using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using OndiloFanout.Cli.Commands;
using OndiloFanout.Domain.Collection;
using OndiloFanout.Local;
using OndiloFanout.Local.Run;
using OndiloFanout.Tests.TestDoubles;
using Xunit;

namespace OndiloFanout.Tests.Local.Run;

/// <summary>
/// The simulator stays out of real data: a simulated run's fast clock never passes the real now in anything it writes,
/// its lake is its own, and a dry run writes nothing at all.
/// </summary>
public sealed class SimulatedRunTests : IDisposable
{
    private readonly LocalTempFolder _folder = new();

    private string Lake => _folder.Combine("lake");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Run_ThreeSimulatedRunsAt2349_NothingWrittenIsLaterThanTheRealNow()
    {
        // Three runs within the hour used to share one hour's budget: the third waited for 00:00 on the fast clock and
        // wrote run 2026-12-06T000000Z at a real 23:49, with the unfinished day of 5 December as collected.
        var now = new DateTimeOffset(2026, 12, 5, 23, 49, 0, TimeSpan.Zero);
        var time = new FakeTimeProvider(now);

        var runs = new List<JsonElement>();
        for (var run = 0; run < 3; run++)
        {
            var outcome = await CliRunner.RunAsync(time, "run", "--simulate", "--out", Lake, "--json");
            Assert.True(outcome.ExitCode == ExitCodes.Ok, outcome.Errors + outcome.Json);
            runs.Add(JsonDocument.Parse(outcome.Json).RootElement.Clone());
        }

        Assert.All(runs, run => Assert.True(RunTime(run) <= now, run.GetProperty("runId").GetString()));
        Assert.All(runs.Skip(1), run => Assert.Equal(0, run.GetProperty("records").GetInt32()));
        var records = LocalLake.ReadAll(Lake).ToList();
        Assert.NotEmpty(records);
        Assert.All(records, record =>
        {
            Assert.True(Instant(record.ValueTime) <= now, record.ValueTime);
            Assert.True(Instant(record.CollectedAt) <= now, record.CollectedAt);
        });
        Assert.DoesNotContain(records, record => record is { Month: "12", Day: "05" or "06" });
        Assert.All(await LedgerAsync(), entry => Assert.True(entry.Day < UtcDay.Of(now) && entry.UpdatedAt <= now, $"{entry.Day} at {entry.UpdatedAt}"));
        Assert.All(LocalLake.ReadPoolSnapshots(Lake), snapshot => Assert.True(Instant(snapshot.SnapshotTime) <= now, snapshot.SnapshotTime));
    }

    [Fact]
    public async Task Run_SimulatedAfterMidnightBeforeYesterdaySettled_CollectsTheSettledDaysAndWritesNothingLater()
    {
        var now = new DateTimeOffset(2026, 12, 6, 0, 30, 0, TimeSpan.Zero);

        var outcome = await CliRunner.RunAsync(new FakeTimeProvider(now), "run", "--simulate", "--out", Lake, "--json");

        Assert.Equal(ExitCodes.Ok, outcome.ExitCode);
        using var summary = JsonDocument.Parse(outcome.Json);
        // Yesterday is still being uploaded: the run collects the settled days and leaves yesterday for a later run.
        Assert.Equal(new DateOnly(2026, 12, 5), DateOnly.Parse(summary.RootElement.GetProperty("to").GetString()!, CultureInfo.InvariantCulture));
        Assert.Equal(0, summary.RootElement.GetProperty("deviceDaysLeft").GetInt32());
        Assert.Equal(3, summary.RootElement.GetProperty("deviceDaysSettling").GetInt32());
        Assert.NotEmpty(LocalLake.ReadAll(Lake));
        Assert.All(LocalLake.ReadAll(Lake), record => Assert.True(Instant(record.CollectedAt) < now && Instant(record.ValueTime) < now - HistoryWindow.SettleTime, record.RecordId));
    }

    [Fact]
    public async Task RunAsync_LeadTooShortForTheQuotaWaits_StopsAtTheRealNowLeavingTheRestForLater()
    {
        var now = new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);
        var options = new RunOptions
        {
            Payload = """{"month":true}""",
            OutputDirectory = Lake,
            Simulate = true,
            SimulatePools = 4,
            CallsPerHour = LocalPipelineOptions.MinimumCallsPerHour,
            SimulatedLead = TimeSpan.FromMinutes(30),
        };

        var summary = await new LocalPipeline(options, new Progress<PipelineProgress>(), new FakeTimeProvider(now)).RunAsync(CancellationToken.None);

        // 7 calls an hour read one pool an hour: half an hour of lead reaches no second hour.
        Assert.True(summary.DeviceDaysLeft > 0, $"{summary.DeviceDaysLeft} left");
        Assert.Equal(0, summary.DeadLettered);
        Assert.All(LocalLake.ReadAll(Lake), record => Assert.True(Instant(record.CollectedAt) <= now, record.CollectedAt));
        Assert.True(summary.SimulatedWaitMs <= TimeSpan.FromMinutes(30).TotalMilliseconds, $"{summary.SimulatedWaitMs} ms");
    }

    [Fact]
    public async Task Run_SimulateWithoutOut_DefaultsToItsOwnLakeFolder()
    {
        var outcome = await CliRunner.RunAsync(new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.Zero)), "run", "--simulate", "--dry-run", "--json");

        Assert.Equal(ExitCodes.Ok, outcome.ExitCode);
        using var summary = JsonDocument.Parse(outcome.Json);
        Assert.Equal(Path.GetFullPath(LocalPaths.DefaultSimulatedLake), summary.RootElement.GetProperty("outputDirectory").GetString());
    }

    [Fact]
    public async Task Run_SimulatedIntoARealLake_RefusedBeforeWritingAnything()
    {
        await LakeFolder.MarkAsync(Lake, LakeKind.Real, CancellationToken.None);
        var before = _folder.AllFiles();

        var outcome = await CliRunner.RunAsync(new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.Zero)), "run", "--simulate", "--out", Lake);

        Assert.Equal(ExitCodes.Usage, outcome.ExitCode);
        Assert.Contains("holds real measures", outcome.Errors, StringComparison.Ordinal);
        Assert.Equal(before, _folder.AllFiles());
    }

    [Fact]
    public async Task Run_RealIntoALakeOfAnEarlierSimulatedRun_RefusedNamingTheRealDefault()
    {
        // Lakes that simulated runs wrote before lakes had a marker still hold the simulator's token.
        Directory.CreateDirectory(Path.Combine(Lake, ".ondilo-fanout"));
        await File.WriteAllTextAsync(Path.Combine(Lake, ".ondilo-fanout", "simulator-token.json"), "{}");

        var outcome = await CliRunner.RunAsync(new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.Zero)), "run", "--out", Lake, "--token-file", _folder.Combine("token.json"));

        Assert.Equal(ExitCodes.Usage, outcome.ExitCode);
        Assert.Contains("holds simulated data", outcome.Errors, StringComparison.Ordinal);
        Assert.Contains("./datalake", outcome.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_DryRunOnNoLake_SaysDryRunAndCreatesNothing()
    {
        var outcome = await CliRunner.RunAsync(new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.Zero)), "run", "--simulate", "--month", "--dry-run", "--out", Lake);

        Assert.Equal(ExitCodes.Ok, outcome.ExitCode);
        Assert.Contains("dry run", outcome.Human, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Lake));
    }

    [Fact]
    public async Task Run_DryRunOnALake_PlansFromItsLedgerAndChangesNoFile()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.Zero));
        Assert.Equal(ExitCodes.Ok, (await CliRunner.RunAsync(time, "run", "--simulate", "--date", "2026-11-20", "--out", Lake)).ExitCode);
        var before = Snapshot();
        time.Advance(TimeSpan.FromHours(1));

        var outcome = await CliRunner.RunAsync(time, "run", "--simulate", "--month", "--dry-run", "--out", Lake, "--json");

        Assert.Equal(ExitCodes.Ok, outcome.ExitCode);
        using var summary = JsonDocument.Parse(outcome.Json);
        Assert.True(summary.RootElement.GetProperty("dryRun").GetBoolean());
        Assert.True(summary.RootElement.GetProperty("deviceDaysSkipped").GetInt32() > 0);
        Assert.Equal(before, Snapshot());
    }

    private Dictionary<string, string> Snapshot() =>
        _folder.AllFiles().ToDictionary(file => file, file => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(_folder.Combine(file)))));

    private async Task<IReadOnlyList<LedgerEntry>> LedgerAsync()
    {
        using var state = new FileStateStore(Path.Combine(Lake, ".ondilo-fanout", "state"), new FakeTimeProvider());
        var entries = new List<LedgerEntry>();
        foreach (var pool in await state.ListPoolsAsync(CancellationToken.None))
        {
            entries.AddRange((await state.GetAsync(pool, DateOnly.MinValue, DateOnly.MaxValue, CancellationToken.None)).Values);
        }

        return entries;
    }

    private static DateTimeOffset RunTime(JsonElement summary) =>
        DateTimeOffset.ParseExact(summary.GetProperty("runId").GetString()![..16], "yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    private static DateTimeOffset Instant(string iso) => DateTimeOffset.Parse(iso, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
}
