using OndiloFanout.Cli.Report;
using Xunit;

namespace OndiloFanout.Tests.Cli.Report;

public sealed class AxisTicksTests
{
    [Theory]
    [InlineData(6.93, 7.62, 6.8, 7.8, 0.2)]
    [InlineData(587, 693, 550, 700, 50)]
    [InlineData(0, 100, 0, 100, 20)]
    [InlineData(3456, 5000, 3000, 5000, 500)]
    public void For_Range_RoundStepsCoveringIt(double low, double high, double min, double max, double step)
    {
        var ticks = AxisTicks.For(low, high);

        Assert.Equal(min, ticks.Min, 9);
        Assert.Equal(max, ticks.Max, 9);
        Assert.Equal(step, ticks.Step, 9);
    }

    [Fact]
    public void For_FlatSeries_OpensAnAxisAroundTheValue()
    {
        var ticks = AxisTicks.For(50, 50);

        Assert.True(ticks.Min < 50 && ticks.Max > 50);
    }

    [Fact]
    public void Values_FromMinToMaxByStep()
    {
        Assert.Equal([7.0, 7.2, 7.4, 7.6], new AxisTicks(7, 7.6, 0.2).Values());
    }

    [Fact]
    public void For_NotARange_Refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => AxisTicks.For(2, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => AxisTicks.For(double.NaN, 1));
    }
}
