using OndiloFanout.Local.Run;
using Xunit;

namespace OndiloFanout.Tests.Local.Run;

public sealed class SimulatedLeadTests
{
    private static RunOptions Options(int pools = 3, int callsPerHour = 20, double faults = 0) =>
        new() { Payload = "{}", OutputDirectory = "lake", Simulate = true, SimulatePools = pools, CallsPerHour = callsPerHour, SimulateFaults = faults };

    [Fact]
    public void For_ThreePoolsWithinOneHoursBudget_OnlyMinutes() =>
        Assert.InRange(SimulatedLead.For(Options()), TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(3));

    [Fact]
    public void For_MorePoolsThanAnHourOfBudget_AnHourPerHourOfQuotaMore()
    {
        // 20 calls an hour read 3 pools (6 calls each, after the pool list): 10 pools need 3 more hours.
        var lead = SimulatedLead.For(Options(pools: 10));

        Assert.InRange(lead, TimeSpan.FromHours(3), TimeSpan.FromHours(3.5));
    }

    [Fact]
    public void For_Faults_RoomForEveryRetry() =>
        Assert.True(SimulatedLead.For(Options(faults: 0.2)) > TimeSpan.FromMinutes(30));
}
