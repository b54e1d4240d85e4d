using OndiloFanout.Lambda;
using Xunit;

namespace OndiloFanout.Tests.Lambda;

[Trait("Category", "TimeSensitive")]
public sealed class FixedStartTimeProviderTests
{
    private static readonly DateTimeOffset Start = new(2027, 2, 28, 23, 59, 0, TimeSpan.Zero);

    [Fact]
    public async Task GetUtcNow_AfterADelayOnItsOwnTimer_HasMovedOnFromTheStart()
    {
        var sut = new FixedStartTimeProvider(Start);
        var first = sut.GetUtcNow();

        await Task.Delay(TimeSpan.FromMilliseconds(50), sut);
        var second = sut.GetUtcNow();

        Assert.InRange(first, Start, Start.AddSeconds(10));
        Assert.True(second - first >= TimeSpan.FromMilliseconds(45), $"{first:O} then {second:O}");
    }

    [Fact]
    public void GetUtcNow_StartGivenWithAnOffset_IsUtc()
    {
        var sut = new FixedStartTimeProvider(new DateTimeOffset(2027, 3, 1, 0, 59, 0, TimeSpan.FromHours(1)));

        Assert.Equal(TimeSpan.Zero, sut.GetUtcNow().Offset);
        Assert.InRange(sut.GetUtcNow(), Start, Start.AddSeconds(10));
    }
}
