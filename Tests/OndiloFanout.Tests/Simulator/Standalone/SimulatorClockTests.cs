using Ondilo.Simulator.Standalone;
using OndiloFanout.Contracts;
using Xunit;

namespace OndiloFanout.Tests.Simulator.Standalone;

[Trait("Category", "TimeSensitive")]
public sealed class SimulatorClockTests
{
    [Fact]
    public void StartVariable_IsTheSettingTheFunctionsHonour() =>
        Assert.Equal(SettingNames.ClockStart, SimulatorClock.StartVariable);

    [Fact]
    public void FromVariable_Instant_StartsThere()
    {
        var start = new DateTimeOffset(2027, 1, 1, 0, 30, 0, TimeSpan.Zero);

        Assert.InRange(SimulatorClock.FromVariable("2027-01-01T00:30:00Z").GetUtcNow(), start, start.AddSeconds(10));
    }

    [Fact]
    public void FromVariable_Unset_IsNotAStartedClock() =>
        Assert.IsNotType<StartedClock>(SimulatorClock.FromVariable(null));

    [Fact]
    public void FromVariable_NotAnInstant_ThrowsNamingTheVariable()
    {
        var error = Assert.Throws<ArgumentException>(() => SimulatorClock.FromVariable("noon"));

        Assert.Contains(SimulatorClock.StartVariable, error.Message, StringComparison.Ordinal);
    }
}
