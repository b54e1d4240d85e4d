using Ondilo.Simulator.Faults;
using Xunit;

namespace OndiloFanout.Tests.Simulator.Faults;

public sealed class FaultInjectorTests
{
    [Fact]
    public void Next_RateThirtyPercent_ThatShareSpreadOverEveryKind()
    {
        var sut = new FaultInjector(seed: 7, rate: 0.3);

        var draws = Enumerable.Range(0, 10_000).Select(_ => sut.Next()).ToArray();

        Assert.InRange(draws.Count(kind => kind != FaultKind.None) / 10_000.0, 0.28, 0.32);
        foreach (var kind in FaultInjector.DefaultKinds)
        {
            Assert.InRange(draws.Count(draw => draw == kind), 450, 750);
        }
    }

    [Fact]
    public void Next_NamedKinds_DrawsOnlyThose()
    {
        var sut = new FaultInjector(seed: 7, rate: 0.5, [FaultKind.Timeout, FaultKind.ServerError]);

        var faults = Enumerable.Range(0, 1_000).Select(_ => sut.Next()).Where(kind => kind != FaultKind.None).ToArray();

        Assert.Equal([FaultKind.ServerError, FaultKind.Timeout], faults.Distinct().Order());
    }

    [Fact]
    public void Constructor_NoKindOrNone_Throws()
    {
        Assert.Throws<ArgumentException>(() => new FaultInjector(1, 0.5, []));
        Assert.Throws<ArgumentException>(() => new FaultInjector(1, 0.5, [FaultKind.None]));
    }

    [Fact]
    public void Next_RateZero_NeverFaults()
    {
        var sut = new FaultInjector(seed: 7, rate: 0);

        Assert.All(Enumerable.Range(0, 1000).Select(_ => sut.Next()), kind => Assert.Equal(FaultKind.None, kind));
    }

    [Fact]
    public void Next_SameSeed_SameSequence()
    {
        var first = new FaultInjector(seed: 3, rate: 0.5);
        var second = new FaultInjector(seed: 3, rate: 0.5);

        Assert.Equal(Enumerable.Range(0, 100).Select(_ => first.Next()), Enumerable.Range(0, 100).Select(_ => second.Next()));
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.1)]
    public void Constructor_RateOutsideZeroToOne_Throws(double rate) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new FaultInjector(1, rate));
}
