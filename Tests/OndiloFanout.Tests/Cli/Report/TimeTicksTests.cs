using OndiloFanout.Cli.Report;
using Xunit;

namespace OndiloFanout.Tests.Cli.Report;

public sealed class TimeTicksTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 18, 0, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(1, 3, 9)]
    [InlineData(7, 24, 8)]
    [InlineData(30, 72, 11)]
    public void For_Range_FewRoundTicksFromStartToEnd(int days, int stepHours, int count)
    {
        var ticks = TimeTicks.For(Start, Start.AddDays(days));

        Assert.Equal(count, ticks.Count);
        Assert.Equal(Start, ticks[0]);
        Assert.All(ticks.Zip(ticks.Skip(1)), pair => Assert.Equal(TimeSpan.FromHours(stepHours), pair.Second - pair.First));
    }

    [Fact]
    public void Label_MidnightShowsDayOtherwiseHour()
    {
        Assert.Equal("Nov 18", TimeTicks.Label(Start));
        Assert.Equal("06:00", TimeTicks.Label(Start.AddHours(6)));
    }
}
