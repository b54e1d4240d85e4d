using OndiloFanout.Lambda;
using Xunit;

namespace OndiloFanout.Tests.Lambda;

public sealed class InvocationDeadlineTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void DelayUntilCancel_DeadlineAhead_SubtractsMargin()
    {
        var delay = InvocationDeadline.DelayUntilCancel(Now.AddSeconds(30), Now, TimeSpan.FromSeconds(1.5));

        Assert.Equal(TimeSpan.FromSeconds(28.5), delay);
    }

    [Fact]
    public void DelayUntilCancel_DeadlineInsideMargin_IsZero()
    {
        var delay = InvocationDeadline.DelayUntilCancel(Now.AddSeconds(1), Now, TimeSpan.FromSeconds(1.5));

        Assert.Equal(TimeSpan.Zero, delay);
    }

    [Fact]
    public void DelayUntilCancel_DeadlinePassed_IsZero()
    {
        var delay = InvocationDeadline.DelayUntilCancel(Now.AddMinutes(-5), Now, TimeSpan.FromSeconds(1.5));

        Assert.Equal(TimeSpan.Zero, delay);
    }

    [Fact]
    public void DelayUntilCancel_DeadlineBeyondTimerLimit_ClampedToIntMaxMilliseconds()
    {
        var delay = InvocationDeadline.DelayUntilCancel(DateTimeOffset.MaxValue, Now, TimeSpan.FromSeconds(1.5));

        Assert.Equal(TimeSpan.FromMilliseconds(int.MaxValue), delay);
        using var source = new CancellationTokenSource(delay); // the clamped value is one a timer accepts
    }
}
