using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using OndiloFanout.Cli.Commands;
using OndiloFanout.Cli.Status;
using OndiloFanout.Local.Run;
using OndiloFanout.Tests.TestDoubles;
using Xunit;

namespace OndiloFanout.Tests.Cli.Commands;

/// <summary>Runs the embedded pipeline once (2 simulated pools, a month backfill) and reads it back with <c>status</c>.</summary>
public sealed class StatusCommandTests(StatusCommandTests.MonthLake lake) : IClassFixture<StatusCommandTests.MonthLake>
{
    [Fact]
    public async Task Status_LakeOfAMonthRun_EveryDayCollectedAndCountsMatchTheRun()
    {
        using var copy = lake.CopyState();

        var (exit, report, _) = await RunStatusAsync(copy.Path, "--json");

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Equal((lake.Summary.From, lake.Summary.To), (report.From, report.To));
        Assert.Equal(lake.Summary.Pools, report.Pools.Count);
        Assert.All(report.Pools, pool =>
        {
            // The oldest day is only partly inside the API's 30-day window: written, then closed as partial for good.
            Assert.Equal(DayState.Closed, pool.Days[0].State);
            Assert.All(pool.Days.Skip(1), day => Assert.Equal(DayState.Collected, day.State));
            Assert.Equal((29, 0, 1, 0, 0), (pool.Collected, pool.Partial, pool.Closed, pool.Missing, pool.DeadLettered));
        });
        Assert.Equal(lake.Summary.Records, report.Pools.Sum(pool => pool.Records));
        Assert.Equal(lake.Summary.RunId, report.LastRun!.RunId);
        // The run spent its calls in an earlier hour than the status reads.
        Assert.Equal((0, 20), (report.Quota.Used, report.Quota.Limit));
        Assert.Null(report.Queue);
    }

    [Fact]
    public async Task Status_LakeOfAMonthRun_SaysWhatTheNextDailyRunsPlanGives()
    {
        using var copy = lake.CopyState();

        var (_, report, _) = await RunStatusAsync(copy.Path, "--json");

        // Noon, every day up to yesterday complete: both pools read daily, one day behind, today's midnight the oldest hour.
        var next = report.NextRun!;
        Assert.Equal((2, 0, 12, 1, 1), (next.Pools, next.PoolsLeft, next.CallsPlanned, next.IntervalDays, next.LagDays));
        Assert.Equal((29.5, 0.0), (next.ExpiryDays, next.HoursLost));
    }

    [Fact]
    public async Task Status_Human_ShowsTheNextDailyRunsPlan()
    {
        using var copy = lake.CopyState();

        var (_, _, console) = await RunStatusAsync(copy.Path);

        Assert.Contains("A daily run now", console.Human, StringComparison.Ordinal);
        Assert.Contains("Pools read", console.Human, StringComparison.Ordinal);
        Assert.Contains("1 day(s) (at most 2)", console.Human, StringComparison.Ordinal);
        Assert.Contains("in 29.5 day(s)", console.Human, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_LedgerEntryDeleted_ThatDayMissing()
    {
        using var copy = lake.CopyState();
        var poolId = lake.PoolIds[0];
        var day = lake.Summary.To.AddDays(-3);
        var ledgerFile = Path.Combine(copy.Path, ".ondilo-fanout", "state", "ledger", $"{poolId}.json");
        var ledger = JsonNode.Parse(File.ReadAllText(ledgerFile))!;
        Assert.True(ledger["days"]!.AsObject().Remove(day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        File.WriteAllText(ledgerFile, ledger.ToJsonString());

        var (_, report, _) = await RunStatusAsync(copy.Path, "--json");

        var pool = report.Pools.Single(p => p.PoolId == poolId);
        Assert.Equal(DayState.Missing, pool.Days.Single(d => d.Day == day).State);
        Assert.Equal((28, 1), (pool.Collected, pool.Missing));
        Assert.All(report.Pools.Where(p => p.PoolId != poolId), other => Assert.Equal(0, other.Missing));
    }

    [Fact]
    public async Task Status_Human_CalendarRowPerPoolAndFigures()
    {
        using var copy = lake.CopyState();

        var (exit, _, console) = await RunStatusAsync(copy.Path);

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Contains("▪" + new string('✓', 29), console.Human, StringComparison.Ordinal);
        Assert.Contains($"Last run           {lake.Summary.RunId}", console.Human, StringComparison.Ordinal);
        Assert.Contains("n/a", console.Human, StringComparison.Ordinal);
        Assert.Empty(console.Json);
    }

    [Fact]
    public async Task Status_FolderWithoutState_FailsWithNextStep()
    {
        using var empty = new LocalTempFolder();

        var (exit, console) = await InvokeAsync(["status", "--out", empty.Path]);

        Assert.Equal(ExitCodes.Failed, exit);
        Assert.Contains("ondilo-fanout run --simulate --month", console.Human, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(empty.Path, ".ondilo-fanout")));
    }

    [Fact]
    public async Task Status_LakeAndStackTogether_UsageError()
    {
        var (exit, _) = await InvokeAsync(["status", "--out", "lake", "--table", "state"]);

        Assert.Equal(ExitCodes.Usage, exit);
    }

    private async Task<(int Exit, StatusReport Report, CliTestConsole Console)> RunStatusAsync(string folder, params string[] extra)
    {
        var (exit, console) = await InvokeAsync(["status", "--out", folder, .. extra]);
        var report = extra.Contains("--json") ? JsonSerializer.Deserialize(console.Json, StatusJsonContext.Default.StatusReport)! : null!;
        return (exit, report, console);
    }

    private async Task<(int Exit, CliTestConsole Console)> InvokeAsync(string[] args)
    {
        var console = new CliTestConsole();
        // Noon of the day after the run's last day: the calendar covers exactly the run's range.
        var time = new FakeTimeProvider(new DateTimeOffset(lake.Summary.To.AddDays(1).ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero));
        var root = new RootCommand { StatusCommand.Create(console.Ui, new CliStubAwsClients(new Uri("http://127.0.0.1:9/")), time) };
        var exit = await root.Parse(args).InvokeAsync(null, CancellationToken.None);
        return (exit, console);
    }

    /// <summary>One month run of the embedded pipeline for the whole class.</summary>
    public sealed class MonthLake : IAsyncLifetime, IDisposable
    {
        private readonly LocalTempFolder _folder = new();

        internal RunSummary Summary { get; private set; } = null!;

        public IReadOnlyList<long> PoolIds { get; private set; } = [];

        public async Task InitializeAsync()
        {
            var options = new RunOptions
            {
                Payload = SchedulerPayload.Build(true, null, null, null, null, false, false),
                OutputDirectory = _folder.Path,
                Simulate = true,
                SimulatePools = 2,
            };
            // A fixed early hour, so the run's quota hour is never the hour the status reads (noon of the same day), and
            // after 02:00: yesterday has settled, so the run collects it too.
            var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 10, 3, 0, 0, TimeSpan.Zero));
            Summary = await new LocalPipeline(options, new Progress<PipelineProgress>(), time).RunAsync(CancellationToken.None);
            PoolIds = Directory.EnumerateFiles(Path.Combine(_folder.Path, ".ondilo-fanout", "state", "ledger"))
                .Select(file => long.Parse(Path.GetFileNameWithoutExtension(file), System.Globalization.CultureInfo.InvariantCulture))
                .Order()
                .ToList();
        }

        /// <summary>A folder with a copy of the run's state, for a test to read or change.</summary>
        internal LocalTempFolder CopyState()
        {
            var copy = new LocalTempFolder();
            var source = Path.Combine(_folder.Path, ".ondilo-fanout");
            foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(copy.Path, ".ondilo-fanout", Path.GetRelativePath(source, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }

            return copy;
        }

        public Task DisposeAsync() => Task.CompletedTask;

        public void Dispose() => _folder.Dispose();
    }
}
