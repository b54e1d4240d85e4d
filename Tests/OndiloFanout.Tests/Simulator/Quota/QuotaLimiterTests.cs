using Microsoft.Extensions.Time.Testing;
using Ondilo.Simulator.Quota;
using Xunit;

namespace OndiloFanout.Tests.Simulator.Quota;

public sealed class QuotaLimiterTests
{
    private static (QuotaLimiter Sut, FakeTimeProvider Time) CreateSut(int perSecond, int perHour)
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 10, 14, 59, 58, TimeSpan.Zero));
        return (new QuotaLimiter(perSecond, perHour, time), time);
    }

    [Fact]
    public async Task TryAcquire_ConcurrentCalls_ExactlyTheAllowanceGranted()
    {
        var (sut, _) = CreateSut(perSecond: 1000, perHour: 30);

        var results = await Task.WhenAll(Enumerable.Range(0, 200).Select(_ => Task.Run(sut.TryAcquire)));

        Assert.Equal(30, results.Count(granted => granted));
    }

    [Fact]
    public void TryAcquire_HourBoundary_CountRestarts()
    {
        var (sut, time) = CreateSut(perSecond: 10, perHour: 1);
        Assert.True(sut.TryAcquire());
        Assert.False(sut.TryAcquire());

        time.Advance(TimeSpan.FromSeconds(2));

        Assert.True(sut.TryAcquire());
    }
}
