using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using Ondilo.Simulator;
using OndiloFanout.Local;
using OndiloFanout.Tests.TestDoubles;
using Xunit;

namespace OndiloFanout.Tests.Local.Run;

/// <summary>
/// The lake heals itself: one daily run restores the days lost from lake and ledger, and no others. The month backfill
/// runs at a fixed 06:00 UTC (yesterday complete), the daily run an hour later, in a fresh quota hour.
/// </summary>
public sealed class GapHealingRunTests : IDisposable
{
    private readonly LocalTempFolder _folder = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 10, 6, 0, 0, TimeSpan.Zero));

    private string Lake => _folder.Combine("lake");

    [Fact]
    public async Task DailyRun_AfterDaysWereLostAndARunSkipped_RestoresExactlyThoseDaysAndReportsItsCalls()
    {
        var account = new SimulatedAccount(seed: 1, poolCount: 2);
        var (first, _) = await RunAsync("--month");
        var today = RunDay(first);
        var before = RecordsByDeviceDay();
        var (poolA, poolB) = (account.Pools[0].Id, account.Pools[1].Id);
        // Yesterday is the daily run's own day; the day before it is the skipped run; day -20 is an older outage of one pool.
        var lost = new[]
        {
            (poolA, today.AddDays(-1)), (poolB, today.AddDays(-1)),
            (poolA, today.AddDays(-2)), (poolB, today.AddDays(-2)),
            (poolA, today.AddDays(-20)),
        };
        foreach (var (pool, day) in lost)
        {
            Forget(pool, day);
        }

        var filesKept = DataFiles();
        _time.Advance(TimeSpan.FromHours(1));

        var (daily, healed) = await RunAsync();

        Assert.Equal("daily", daily.GetProperty("trigger").GetString());
        Assert.Equal(3, healed);
        Assert.Equal(5, daily.GetProperty("deviceDaysPlanned").GetInt32());
        Assert.Equal(5, daily.GetProperty("deviceDaysCollected").GetInt32());
        Assert.Equal(lost.Sum(d => before[d].Count), daily.GetProperty("records").GetInt32());
        // One list of the pools, then one window read per type and pool (the month window for pool A, at the same cost).
        Assert.Equal(1 + account.TypesOf(poolA).Count + account.TypesOf(poolB).Count, daily.GetProperty("apiCalls").GetInt32());
        Assert.Equal(before.Keys.Order(), RecordsByDeviceDay().Keys.Order());
        Assert.All(before, pair => Assert.Equal(pair.Value, RecordsByDeviceDay()[pair.Key]));
        Assert.Subset(DataFiles().ToHashSet(), filesKept.ToHashSet());
        Assert.Equal(lost.Length, DataFiles().Except(filesKept).Select(f => f[..f.LastIndexOf('/')]).Distinct().Count());
    }

    [Fact]
    public async Task DailyRun_OnAWholeLake_HealsNothingAndWritesNothing()
    {
        await RunAsync("--month");
        _time.Advance(TimeSpan.FromHours(1));
        var (again, healed) = await RunAsync();

        Assert.Equal(0, healed);
        Assert.Equal(0, again.GetProperty("records").GetInt32());
        Assert.Equal(0, again.GetProperty("deviceDaysPlanned").GetInt32());
    }

    public void Dispose() => _folder.Dispose();

    private async Task<(JsonElement Summary, int Healed)> RunAsync(params string[] extra)
    {
        var (exitCode, machineOut, consoleOut) = await QueryCliRunner.RunAsync(_time, ["run", "--simulate", "--simulate-pools", "2", "--out", Lake, "--json", .. extra]);
        Assert.True(exitCode == 0, consoleOut);
        var summary = JsonDocument.Parse(machineOut).RootElement.Clone();
        return (summary, summary.GetProperty("deviceDaysHealed").GetInt32());
    }

    private Dictionary<(long, DateOnly), List<string>> RecordsByDeviceDay() =>
        LocalLake.ReadAll(Lake)
            .GroupBy(r => (r.PoolId, new DateOnly(int.Parse(r.Year, CultureInfo.InvariantCulture), int.Parse(r.Month, CultureInfo.InvariantCulture), int.Parse(r.Day, CultureInfo.InvariantCulture))))
            .ToDictionary(g => g.Key, g => g.Select(r => r.RecordId).Order(StringComparer.Ordinal).ToList());

    private IReadOnlyList<string> DataFiles() => LocalLake.ListFiles(Lake);

    private void Forget(long pool, DateOnly day)
    {
        Directory.Delete(Path.Combine(Lake, LocalLake.PartitionOf(pool, day)), recursive: true);
        var ledgerFile = Path.Combine(Lake, ".ondilo-fanout", "state", "ledger", pool.ToString(CultureInfo.InvariantCulture) + ".json");
        var ledger = JsonNode.Parse(File.ReadAllText(ledgerFile))!;
        Assert.True(ledger["days"]!.AsObject().Remove(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        File.WriteAllText(ledgerFile, ledger.ToJsonString());
    }

    private static DateOnly RunDay(JsonElement summary) =>
        DateOnly.ParseExact(summary.GetProperty("runId").GetString()![..8], "yyyyMMdd", CultureInfo.InvariantCulture);
}
