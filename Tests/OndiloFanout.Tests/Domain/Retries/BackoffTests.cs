using OndiloFanout.Domain.Retries;
using Xunit;

namespace OndiloFanout.Tests.Domain.Retries;

public sealed class BackoffTests
{
    [Theory]
    [InlineData(1, 100)]
    [InlineData(2, 200)]
    [InlineData(3, 400)]
    [InlineData(20, 20_000)]
    public void DelayBeforeRetry_FullJitterAtOne_ExponentialCappedAtMaxDelay(int retry, int expectedMilliseconds)
    {
        var sut = new Backoff { NextJitter = () => 1.0 };

        Assert.Equal(TimeSpan.FromMilliseconds(expectedMilliseconds), sut.DelayBeforeRetry(retry));
    }

    [Fact]
    public void DelayBeforeRetry_JitterZero_NoDelay() =>
        Assert.Equal(TimeSpan.Zero, new Backoff { NextJitter = () => 0 }.DelayBeforeRetry(3));

    [Fact]
    public void DelayBeforeRetry_DefaultJitter_WithinCap()
    {
        var sut = new Backoff();

        for (var retry = 1; retry <= 10; retry++)
        {
            var delay = sut.DelayBeforeRetry(retry);
            Assert.InRange(delay, TimeSpan.Zero, TimeSpan.FromMilliseconds(Math.Min(20_000, 100 * Math.Pow(2, retry - 1))));
        }
    }
}
