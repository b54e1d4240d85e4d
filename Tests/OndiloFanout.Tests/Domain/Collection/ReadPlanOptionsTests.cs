using OndiloFanout.Contracts;
using OndiloFanout.Domain.Collection;
using Xunit;

namespace OndiloFanout.Tests.Domain.Collection;

public sealed class ReadPlanOptionsTests
{
    [Fact]
    public void ReadsPerDay_DefaultBudget_SixtyFourOfTheSeventyTwoThatFit()
    {
        var options = new ReadPlanOptions { CallsPerHour = QuotaLimits.DefaultCallsPerHour };

        // 20 calls an hour: a refresh and three reads of six (the run's hour: the pool list instead of the spare call).
        Assert.Equal(3, options.ReadsInRunHour);
        Assert.Equal(3, options.ReadsPerHour);
        Assert.Equal(64, options.ReadsPerDay);
        Assert.Equal(28, options.MaxIntervalDays);
    }

    [Theory]
    [InlineData(7, 0, 1, 20)]
    [InlineData(8, 1, 1, 21)]
    [InlineData(13, 1, 2, 42)]
    [InlineData(30, 4, 4, 86)]
    public void ReadsPerDay_Budget_AsManyAsEachHourLetsThroughLessTheReserve(int callsPerHour, int inRunHour, int perHour, int perDay)
    {
        var options = new ReadPlanOptions { CallsPerHour = callsPerHour };

        Assert.Equal((inRunHour, perHour, perDay), (options.ReadsInRunHour, options.ReadsPerHour, options.ReadsPerDay));
    }

    [Theory]
    [InlineData(0, 3, 64)]
    [InlineData(1, 2, 63)]
    [InlineData(12, 1, 63)]
    [InlineData(143, 0, 62)]
    public void ReadsPerDay_ThresholdReads_ComeOutOfTheRunsHourAndNoFurther(int thresholdCalls, int inRunHour, int perDay)
    {
        var options = new ReadPlanOptions { CallsPerHour = QuotaLimits.DefaultCallsPerHour, ThresholdCalls = thresholdCalls };

        Assert.Equal((inRunHour, 3, perDay), (options.ReadsInRunHour, options.ReadsPerHour, options.ReadsPerDay));
    }

    [Fact]
    public void ReadsPerDay_BudgetThatTurnsTheQuotaOff_CappedWithoutOverflow()
    {
        var options = new ReadPlanOptions { CallsPerHour = 10_000_000 };

        Assert.Equal(ReadPlanOptions.MostReadsPerDay, options.ReadsPerDay);
        Assert.Single(ReadPlanner.Plan([new PoolProgress(7, new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero), null)], options, new DateTimeOffset(2026, 11, 25, 2, 30, 0, TimeSpan.Zero)).Reads);
    }
}
