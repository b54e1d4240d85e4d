using Microsoft.Extensions.Time.Testing;
using OndiloFanout.Local.Run;
using Xunit;

namespace OndiloFanout.Tests.Local.Run;

public sealed class FastForwardTimeProviderTests
{
    private static readonly DateTimeOffset RealNow = new(2026, 12, 5, 23, 49, 0, TimeSpan.Zero);

    [Fact]
    public void TryAdvanceTo_WithinTheLead_JumpsThere()
    {
        var sut = new FastForwardTimeProvider(new FakeTimeProvider(RealNow), TimeSpan.FromHours(2));

        Assert.True(sut.TryAdvanceTo(RealNow.AddMinutes(-30)));

        Assert.Equal(RealNow.AddMinutes(-30), sut.GetUtcNow());
        Assert.Equal(TimeSpan.FromMinutes(90), sut.Skipped);
    }

    [Fact]
    public void TryAdvanceTo_PastTheRealNow_StopsAtTheRealNow()
    {
        var sut = new FastForwardTimeProvider(new FakeTimeProvider(RealNow), TimeSpan.FromMinutes(5));

        Assert.False(sut.TryAdvanceTo(RealNow.AddMinutes(11)));

        Assert.Equal(RealNow, sut.GetUtcNow());
        Assert.False(sut.TryAdvanceTo(RealNow.AddSeconds(1)));
        Assert.True(sut.TryAdvanceTo(RealNow));
    }

    [Fact]
    public void TryAdvanceTo_NoLead_JumpsAsFarAsAsked()
    {
        var sut = new FastForwardTimeProvider(new FakeTimeProvider(RealNow));

        Assert.True(sut.TryAdvanceTo(RealNow.AddDays(3)));

        Assert.Equal(RealNow.AddDays(3), sut.GetUtcNow());
    }
}
