using OndiloFanout.Domain.Collection;
using Xunit;

namespace OndiloFanout.Tests.Domain.Collection;

public sealed class DeferralPolicyTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 10, 20, 0, TimeSpan.Zero);
    private static readonly WorkMessage Message = new() { Version = 1, RunId = "r", PoolId = 1, Day = new DateOnly(2026, 11, 24), Types = ["ph"] };

    [Fact]
    public void Next_WaitLongerThanSqsAllows_IsChainedWithTheTargetKept()
    {
        var until = QuotaWindow.NextHour(Now);

        var deferral = DeferralPolicy.Next(Message, until, Now);

        Assert.Equal(TimeSpan.FromSeconds(900), deferral.Delay);
        Assert.Equal(until, deferral.Message.NotBefore);
        Assert.Equal(1, deferral.Message.DeferCount);
        Assert.True(DeferralPolicy.IsEarly(deferral.Message, Now.AddSeconds(900)));
        Assert.False(DeferralPolicy.IsEarly(deferral.Message, until.AddSeconds(-1)));
    }

    [Theory]
    [InlineData(-30, 0)]
    [InlineData(0, 0)]
    [InlineData(12.2, 13)]
    [InlineData(900, 900)]
    [InlineData(5000, 900)]
    public void Next_Delay_IsClampedToWholeSecondsWithinSqsLimits(double waitSeconds, int expectedSeconds)
    {
        Assert.Equal(TimeSpan.FromSeconds(expectedSeconds), DeferralPolicy.Next(Message, Now.AddSeconds(waitSeconds), Now).Delay);
    }

    [Fact]
    public void IsEarly_NoNotBefore_IsNeverEarly()
    {
        Assert.False(DeferralPolicy.IsEarly(Message, Now));
    }
}
