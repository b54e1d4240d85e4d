using OndiloFanout.Domain.Collection;
using Xunit;

namespace OndiloFanout.Tests.Domain.Collection;

public sealed class FailurePolicyTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 10, 20, 0, TimeSpan.Zero);
    private static readonly WorkMessage Message = new() { Version = 1, RunId = "r", PoolId = 1, Day = new DateOnly(2026, 11, 24), Types = ["ph"] };

    [Theory]
    [InlineData(0, 1, 0)]
    [InlineData(0, 3, 2)]
    [InlineData(2, 1, 2)]
    [InlineData(2, 4, 5)]
    [InlineData(0, 0, 0)]
    public void EarlierFailures_CarriedAndEarlierReceives_AddUp(int carried, int receiveCount, int expected)
    {
        Assert.Equal(expected, FailurePolicy.EarlierFailures(Message with { Failures = carried }, receiveCount));
    }

    [Fact]
    public void Carry_DeliveryReceivedThreeTimes_TheResentMessageCarriesItsTwoFailures()
    {
        Assert.Equal(3, FailurePolicy.Carry(Message with { Failures = 1 }, receiveCount: 3).Failures);
    }

    [Fact]
    public void Next_FifthFailure_BlocksThePoolFromThen()
    {
        var streak = new FailureStreak { Failures = 3, LastError = "old", LastFailedAt = Now.AddHours(-1) };

        var fourth = FailurePolicy.Next(streak, "500", Now);
        var fifth = FailurePolicy.Next(fourth, "503", Now.AddMinutes(10));

        Assert.Null(fourth.BlockedAt);
        Assert.Equal(new FailureStreak { Failures = 5, LastError = "503", LastFailedAt = Now.AddMinutes(10), BlockedAt = Now.AddMinutes(10) }, fifth);
        Assert.True(FailurePolicy.Blocks(fifth, Message));
        Assert.False(FailurePolicy.Blocks(fourth, Message));
        Assert.False(FailurePolicy.Blocks(null, Message));
    }

    [Fact]
    public void Blocks_MessageDeadLetteredAfterTheBlock_IsARedriveAndGoesThrough()
    {
        var blocked = FailurePolicy.Next(new FailureStreak { Failures = 4, LastError = "500", LastFailedAt = Now }, "500", Now);
        var deadLettered = FailurePolicy.ForDeadLetter(Message with { Failures = 4 }, "failed 5 times", Now.AddMinutes(1));

        Assert.False(FailurePolicy.Blocks(blocked, deadLettered));
        Assert.True(FailurePolicy.IsRedriveAfter(blocked, deadLettered));
        Assert.Equal(0, deadLettered.Failures);
        Assert.True(FailurePolicy.Blocks(FailurePolicy.Next(blocked, "500", Now.AddMinutes(2)), deadLettered));
    }

    [Fact]
    public void Next_LongError_IsShortened()
    {
        Assert.InRange(FailurePolicy.Next(null, new string('x', 10_000), Now).LastError.Length, 1, 1001);
    }

    [Fact]
    public void Exhausted_NoErrorReported_SaysTheDeliveriesCrashed()
    {
        Assert.Contains("crashed or timed out", FailurePolicy.Exhausted(5, null), StringComparison.Ordinal);
        Assert.Equal("failed 5 times; last error: 500", FailurePolicy.Exhausted(5, "500"));
    }
}
