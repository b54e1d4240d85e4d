using Ondilo.Simulator;
using Ondilo.Simulator.Standalone;
using Xunit;

namespace OndiloFanout.Tests.Simulator.Standalone;

public sealed class SimulatorArgumentsTests
{
    [Fact]
    public void Parse_NoArguments_Defaults()
    {
        Assert.Equal(new SimulatorOptions(), SimulatorArguments.Parse([]));
    }

    [Fact]
    public void Parse_EveryOption_Applied()
    {
        var options = SimulatorArguments.Parse([
            "--pools", "5", "--seed", "9", "--port", "5080", "--faults", "0.1", "--latency-ms", "250",
            "--calls-per-hour", "20", "--calls-per-second", "2", "--no-quota", "--timestamps", "mixed", "--deny-consent"]);

        Assert.Equal(
            new SimulatorOptions
            {
                Pools = 5, Seed = 9, Port = 5080, FaultRate = 0.1, Latency = TimeSpan.FromMilliseconds(250), CallsPerHour = 20,
                CallsPerSecond = 2, QuotaEnabled = false, TimestampFormat = SimulatorTimestampFormat.Mixed, DenyConsent = true,
            },
            options);
    }

    [Theory]
    [InlineData("--faults", "1.5")]
    [InlineData("--pools", "many")]
    [InlineData("--timestamps", "iso")]
    [InlineData("--pools")]
    [InlineData("--verbose")]
    public void Parse_BadInput_ArgumentExceptionNamingTheOption(params string[] args)
    {
        var exception = Assert.Throws<ArgumentException>(() => SimulatorArguments.Parse(args));

        Assert.Contains(args[0], exception.Message, StringComparison.Ordinal);
    }
}
