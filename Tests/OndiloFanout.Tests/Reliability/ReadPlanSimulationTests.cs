using System.Globalization;
using System.Text;
using OndiloFanout.Contracts;
using OndiloFanout.Domain.Collection;
using Xunit;
using Xunit.Abstractions;

namespace OndiloFanout.Tests.Reliability;

/// <summary>
/// Sixty daily runs of one account on an empty lake at the default budget, for 10 to 2,000 pools (see
/// <see cref="ReadPlanModel"/>): every measure after the first run's reach is in the lake exactly once or lost as the
/// first plan projected, no day spends more than its budget, no run finds the previous run's messages still queued (so
/// none waits long enough to dead-letter), and the lag never exceeds the plan's bound. Prints the read-plan table.
/// </summary>
public sealed class ReadPlanSimulationTests(ITestOutputHelper output)
{
    private static readonly DateTimeOffset FirstRun = new(2026, 3, 1, 2, 30, 0, TimeSpan.Zero);
    private static readonly int[] PoolCounts = [10, 80, 100, 500, 1_000, 2_000];

    [Fact]
    public void Run_SixtyDaysAtTheDefaultBudget_EveryHourOnceWithinBudgetAndAsPlanned()
    {
        var outcomes = PoolCounts.AsParallel().Select(pools => new ReadPlanModel(pools, QuotaLimits.DefaultCallsPerHour, FirstRun, days: 60).Run()).OrderBy(o => o.Pools).ToArray();
        output.WriteLine(Table(outcomes));

        Assert.All(outcomes, o => Assert.True(o.Problems.Count == 0, $"{o.Pools} pools: {string.Join(Environment.NewLine, o.Problems)}"));
        Assert.All(outcomes.Where(o => o.Pools <= o.FirstPlan.MaxPools), o =>
        {
            Assert.Equal(o.FirstPlan.HistoryLost, o.HistoryLost);
            Assert.InRange(o.SteadyLongestInterval, 1, o.FirstPlan.ReadIntervalDays);
            Assert.InRange(o.SteadyWorstLag, 1, o.FirstPlan.ReadIntervalDays + 1);
        });
        // Beyond what the budget archives, pools are read as their oldest hour is about to go. The projection takes a read's
        // newest partial day as written up to two hours before the read, where the ledger knows the last measure, up to an
        // hour earlier: now and then a pool is due a run sooner than projected, and the projected loss is a little low.
        Assert.All(outcomes.Where(o => o.Pools > o.FirstPlan.MaxPools), o => Assert.InRange(o.HistoryLost / o.FirstPlan.HistoryLost, 1, 1.05));
    }

    private static string Table(IEnumerable<ReadPlanOutcome> outcomes)
    {
        var table = new StringBuilder()
            .AppendLine("| pools | reads a day | read interval (planned / longest) | calls a day (steady mean / most) | catch-up runs | worst lag (steady / overall) | hours lost (measured / projected) | measures lost |")
            .AppendLine("|---|---|---|---|---|---|---|---|");
        foreach (var o in outcomes)
        {
            table.AppendLine(string.Create(CultureInfo.InvariantCulture, $"| {o.Pools:N0} | {o.FirstPlan.ReadsPerDay} | {o.FirstPlan.ReadIntervalDays} / {o.SteadyLongestInterval} | {o.SteadyCallsPerDay:N0} / {o.MostCallsInADay} | {o.FirstPlan.CatchUpDays?.ToString(CultureInfo.InvariantCulture) ?? "never"} | {o.SteadyWorstLag} / {o.WorstLag} (bound {o.LagBoundDays}) | {o.HistoryLost.TotalHours:N1} / {o.FirstPlan.HistoryLost.TotalHours:N1} | {o.MeasuresLost:N0} |"));
        }

        return table.ToString();
    }
}
