using System.Diagnostics;
using System.Globalization;
using OndiloFanout.Domain.Pools;
using Xunit;
using Xunit.Abstractions;

namespace OndiloFanout.Tests.Reliability;

/// <summary>
/// The read plan's promise through the real handlers (see <see cref="ReadPlanPipeline"/>): sixty daily runs on an empty
/// lake at the default budget of 20 calls an hour, every measure type collected (six calls a read; a one-type run would
/// be quicker, but 1,000 pools of six types take about two minutes on two busy cores, so the test prices reads as
/// deployed). Every hour the simulator measured after each pool's first read's reach is in the lake exactly once and what
/// is missing before it is what the first plan said the quota cannot save; no hour or UTC day spends more than its budget
/// (counted on the wire; the simulator also refuses a call over it); nothing dead-letters or fails; no run reports a lag
/// above the previous plan's bound. Beyond the pools the budget archives (2,000: read every 32 days, the history is 30)
/// hours are lost after the first read too, a little more than the plan projects, as in <see cref="ReadPlanSimulationTests"/>.
/// Prints a row of the read-plan table per pool count; CI runs 80 and 1,000 pools, <c>ONDILO_FANOUT_READ_PLAN_POOLS</c>
/// adds others (BENCHMARKS.md's table):
/// <c>ONDILO_FANOUT_READ_PLAN_POOLS=10,100,500,2000 dotnet test Tests/OndiloFanout.Tests -c Release --filter "FullyQualifiedName~ReadPlanPipelineTests" --logger "console;verbosity=detailed"</c>.
/// </summary>
[Trait("Category", "Slow")]
public sealed class ReadPlanPipelineTests(ITestOutputHelper output)
{
    private const int Days = 60;
    private static readonly DateTimeOffset FirstRun = new(2026, 3, 1, 2, 30, 0, TimeSpan.Zero);

    private const string PoolsVariable = "ONDILO_FANOUT_READ_PLAN_POOLS";

    public static TheoryData<int> PoolCounts
    {
        get
        {
            var counts = new TheoryData<int> { 80, 1_000 };
            foreach (var count in (Environment.GetEnvironmentVariable(PoolsVariable) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                counts.Add(int.Parse(count, CultureInfo.InvariantCulture));
            }

            return counts;
        }
    }

    [Theory]
    [MemberData(nameof(PoolCounts))]
    public async Task Run_SixtyDaysAtTheDefaultBudget_EveryHourOnceWithinBudgetAndAsPlanned(int pools)
    {
        var stopwatch = Stopwatch.StartNew();
        await using var pipeline = await ReadPlanPipeline.StartAsync(pools, MeasureType.All, FirstRun, Days);

        var outcome = await pipeline.RunAsync(Days);

        output.WriteLine(Row(outcome, stopwatch.Elapsed));
        Assert.True(outcome.Problems.Count == 0, string.Join(Environment.NewLine, outcome.Problems.Take(20)));
        // Each pool's loss is whole measures, the projection's a time span: an hour apart at most, per pool.
        var (projected, slack) = (outcome.FirstPlan.HoursLost, outcome.PoolsLosing);
        if (pools <= outcome.FirstPlan.MaxPools)
        {
            Assert.Equal(0, outcome.HoursLostAfterFirstRead);
            Assert.InRange(outcome.HoursLost, projected - slack, projected + slack);
            Assert.InRange(outcome.SteadyLongestInterval, 1, outcome.FirstPlan.IntervalDays);
        }
        else
        {
            Assert.InRange(outcome.HoursLost, projected - slack, (projected * 1.05) + slack);
        }
    }

    private static string Row(ReadPlanPipelineOutcome o, TimeSpan runtime) => string.Create(
        CultureInfo.InvariantCulture,
        $"""
        | pools | calls a read | reads a day | read interval (planned / longest) | calls a day (steady mean / most) | most calls in an hour | worst lag (steady / overall; bound) | hours lost (measured / projected; after a first read) | deferrals | runtime |
        |---|---|---|---|---|---|---|---|---|---|
        | {o.Pools:N0} | {o.CallsPerRead} | {o.FirstPlan.ReadsPerDay} | {o.FirstPlan.IntervalDays} / {o.SteadyLongestInterval} | {o.SteadyCallsPerDay:N0} / {o.MostCallsInADay} | {o.MostCallsInAnHour} | {o.SteadyWorstLag} / {o.WorstLag}; {o.LagBound} | {o.HoursLost:N0} / {o.FirstPlan.HoursLost:N0}; {o.HoursLostAfterFirstRead:N0} | {o.Deferrals:N0} | {runtime.TotalSeconds:N0} s |
        """);
}
