using Microsoft.Extensions.Time.Testing;
using Ondilo.Simulator;
using OndiloFanout.Domain.Collection;
using OndiloFanout.Local;
using OndiloFanout.Local.Run;
using OndiloFanout.Tests.TestDoubles;
using Xunit;

namespace OndiloFanout.Tests.Local.Run;

/// <summary>The embedded pipeline end to end: the real handlers, the simulator over HTTP, the local ports.</summary>
public sealed class LocalPipelineTests : IDisposable
{
    private static readonly DateTimeOffset Morning = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);
    private readonly LocalTempFolder _lake = new();

    public void Dispose() => _lake.Dispose();

    private RunOptions Options(string payload, int pools = 3, double faults = 0) => new()
    {
        Payload = payload,
        OutputDirectory = _lake.Path,
        Simulate = true,
        SimulatePools = pools,
        SimulateFaults = faults,
    };

    private static Task<RunSummary> RunAsync(RunOptions options, DateTimeOffset at) =>
        new LocalPipeline(options, new Progress<PipelineProgress>(), new FakeTimeProvider(at)).RunAsync(CancellationToken.None);

    private static string Key(MeasureRecord r) => $"{r.PoolId}|{r.Type}|{r.ValueTime}";

    private static string Key(long poolId, SimulatedMeasure m) => $"{poolId}|{m.DataType}|{m.ValueTime.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss'Z'}";

    private static IEnumerable<string> Truth(SimulatedAccount account, DateOnly day) =>
        from pool in account.Pools
        from type in account.TypesOf(pool.Id)
        from measure in account.Measures(pool.Id, type, UtcDay.Start(day), UtcDay.End(day))
        select Key(pool.Id, measure);

    [Fact]
    public async Task RunAsync_MonthOverThreePools_WritesEveryCompleteDayOnceWithinTheYardstick()
    {
        var first = await RunAsync(Options("""{"month":true}"""), Morning);
        var records = LocalLake.ReadAll(_lake.Path).ToList();
        var second = await RunAsync(Options("""{"month":true}"""), Morning.AddMinutes(5));

        var account = new SimulatedAccount(1, 3);
        var today = UtcDay.Of(Morning);
        Assert.Equal(3, first.Pools);
        Assert.True(first.ApiCalls <= 2 + (6 * 3), $"{first.ApiCalls} calls");
        Assert.Equal(records.Count, records.Select(r => r.RecordId).Distinct().Count());
        // Every day the API still holds whole is in the lake, exactly as the API has it.
        for (var day = today.AddDays(-29); day < today; day = day.AddDays(1))
        {
            var written = records.Where(r => r.Year == PartitionKey.YearOf(day) && r.Month == PartitionKey.MonthOf(day) && r.Day == PartitionKey.DayOf(day)).Select(Key).Order();
            Assert.Equal(Truth(account, day).Order(), written);
        }

        Assert.Equal(0, second.Records);
        Assert.Equal(0, second.DeviceDaysPlanned);
        Assert.True(second.ApiCalls <= 2, $"{second.ApiCalls} calls");
        Assert.Equal(records.Count, LocalLake.ReadAll(_lake.Path).Count());
    }

    [Fact]
    public async Task RunAsync_Daily_CollectsYesterdayCompletely()
    {
        // Before 02:00 yesterday is still arriving and is left for a later run (see ConcurrencyAndClockTests).
        var at = new DateTimeOffset(2026, 11, 25, 3, 30, 0, TimeSpan.Zero);

        var summary = await RunAsync(Options("{}"), at);

        var yesterday = new DateOnly(2026, 11, 24);
        var records = LocalLake.ReadDay(_lake.Path, summary.DeviceDaysPlanned > 0 ? new SimulatedAccount(1, 3).Pools[0].Id : 0, yesterday).ToList();
        // On an empty lake the daily run also heals the 29 days of the API's history before yesterday, per pool.
        Assert.Equal((3 + (3 * 29), 3 * 29), (summary.DeviceDaysPlanned, summary.DeviceDaysHealed));
        Assert.All(records.GroupBy(r => r.Type), type => Assert.Equal(24, type.Count()));
        Assert.Equal(6, records.Select(r => r.Type).Distinct().Count());
        var all = LocalLake.ReadAll(_lake.Path).Where(r => r.Day == PartitionKey.DayOf(yesterday)).Select(Key).Order();
        Assert.Equal(Truth(new SimulatedAccount(1, 3), yesterday).Order(), all);
        Assert.False(summary.SimulatedWaitMs > TimeSpan.FromHours(1).TotalMilliseconds);
        Assert.All(LocalLake.ReadAll(_lake.Path), r => Assert.True(string.CompareOrdinal(r.CollectedAt, at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture)) <= 0, r.CollectedAt));
    }

    [Fact]
    public async Task RunAsync_MonthHalfAnHourAfterMidnight_NoWaitOneReadPerPoolAndYesterdayLeftForLater()
    {
        var summary = await RunAsync(Options("""{"month":true}"""), new DateTimeOffset(2026, 11, 25, 0, 30, 0, TimeSpan.Zero));

        Assert.Equal((3 * 29, 3), (summary.DeviceDaysPlanned, summary.DeviceDaysSettling));
        Assert.True(summary.ApiCalls <= 2 + (6 * 3), $"{summary.ApiCalls} calls");
        // Only the pacing between calls: nothing waits for 02:00.
        Assert.True(summary.SimulatedWaitMs < TimeSpan.FromMinutes(1).TotalMilliseconds, $"{summary.SimulatedWaitMs} ms");
    }

    [Fact]
    public async Task RunAsync_MoreWorkThanAnHourOfQuota_FinishesByWaiting()
    {
        var summary = await RunAsync(Options("""{"month":true}""", pools: 5), Morning);

        Assert.Equal(150, summary.DeviceDaysCollected);
        Assert.Equal(0, summary.DeadLettered);
        Assert.True(summary.Deferrals > 0);
        Assert.True(summary.SimulatedWaitMs >= TimeSpan.FromMinutes(1).TotalMilliseconds, $"{summary.SimulatedWaitMs} ms");
        // One token refresh after the hour of waiting: the access token lives an hour.
        Assert.True(summary.ApiCalls <= 2 + (6 * 5), $"{summary.ApiCalls} calls");
    }

    [Fact]
    public async Task RunAsync_TwentyPercentFaults_EveryDayCollectedOrDeadLetteredAndNoneTwice()
    {
        var summary = await RunAsync(Options("""{"month":true}""", faults: 0.2), Morning);

        var records = LocalLake.ReadAll(_lake.Path).ToList();
        Assert.Equal(records.Count, records.Select(r => r.RecordId).Distinct().Count());
        var account = new SimulatedAccount(1, 3);
        var today = UtcDay.Of(Morning);
        foreach (var pool in account.Pools)
        {
            for (var day = today.AddDays(-29); day < today; day = day.AddDays(1))
            {
                var written = records.Count(r => r.PoolId == pool.Id && r.Day == PartitionKey.DayOf(day) && r.Month == PartitionKey.MonthOf(day));
                var expected = account.TypesOf(pool.Id).Sum(t => account.Measures(pool.Id, t, UtcDay.Start(day), UtcDay.End(day)).Count);
                var deadLettered = summary.DeadLetters.Any(d => d.PoolId == pool.Id && d.Day == day && !string.IsNullOrWhiteSpace(d.Reason));
                Assert.True(written == expected || (written == 0 && deadLettered), $"pool {pool.Id} day {day}: {written} of {expected}, dead-lettered: {deadLettered}");
            }
        }
    }
}
