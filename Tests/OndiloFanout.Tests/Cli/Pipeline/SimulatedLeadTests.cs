using OndiloFanout.Cli.Pipeline;
using Xunit;

namespace OndiloFanout.Tests.Cli.Pipeline;

public sealed class SimulatedLeadTests
{
    private static readonly DateTimeOffset Afternoon = new(2026, 11, 25, 14, 0, 0, TimeSpan.Zero);

    private static RunOptions Options(int pools = 3, int callsPerHour = 20, double faults = 0) =>
        new() { Payload = "{}", OutputDirectory = "lake", Simulate = true, SimulatePools = pools, CallsPerHour = callsPerHour, SimulateFaults = faults };

    [Fact]
    public void For_ThreePoolsWithinOneHoursBudget_OnlyMinutes() =>
        Assert.InRange(SimulatedLead.For(Options(), Afternoon), TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(3));

    [Fact]
    public void For_MorePoolsThanAnHourOfBudget_AnHourPerHourOfQuotaMore()
    {
        // 20 calls an hour read 3 pools (6 calls each, after the pool list): 10 pools need 3 more hours.
        var lead = SimulatedLead.For(Options(pools: 10), Afternoon);

        Assert.InRange(lead, TimeSpan.FromHours(3), TimeSpan.FromHours(3.5));
    }

    [Fact]
    public void For_Faults_RoomForEveryRetry() =>
        Assert.True(SimulatedLead.For(Options(faults: 0.2), Afternoon) > TimeSpan.FromMinutes(30));

    [Theory]
    [InlineData(0, 30)]
    [InlineData(1, 59)]
    [InlineData(2, 0)]
    public void For_InTheHoursAfterMidnight_StartsOnTheEveningBefore(int hour, int minute)
    {
        var now = new DateTimeOffset(2026, 11, 25, hour, minute, 0, TimeSpan.Zero);

        var start = now - SimulatedLead.For(Options(), now);

        Assert.InRange(start, new DateTimeOffset(2026, 11, 24, 23, 55, 0, TimeSpan.Zero), new DateTimeOffset(2026, 11, 24, 23, 59, 59, TimeSpan.Zero));
    }
}
