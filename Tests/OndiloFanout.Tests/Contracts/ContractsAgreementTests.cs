using OndiloFanout.Contracts;
using OndiloFanout.Domain.Collection;
using OndiloFanout.Domain.Pools;
using Xunit;

namespace OndiloFanout.Tests.Contracts;

/// <summary>
/// The numbers the stack takes from the contracts and the rules the domain keeps (neither project references the
/// other) must agree: a drift would let the stack run what the rules were not proven for.
/// </summary>
public sealed class ContractsAgreementTests
{
    [Fact]
    public void MinimumCallsPerHour_IsTheCallsOfOneReadOfEveryType() =>
        Assert.Equal(QuotaLimits.MinimumCallsPerHour, QuotaWindow.CallsOfOneRead(MeasureType.All));

    [Fact]
    public void MaxReceiveCount_IsTheFailuresAMessageGets() =>
        Assert.Equal(WorkQueueLimits.MaxReceiveCount, FailurePolicy.MaxFailures);

    [Fact]
    public void DeadLetterRetention_IsHowLongAStreakIsKept() =>
        Assert.Equal(TimeSpan.FromDays(WorkQueueLimits.DeadLetterRetentionDays), FailurePolicy.StreakRetention);

    [Fact]
    public void ApiCallers_AreTheCallersThePacingIsProvenFor() =>
        Assert.Equal(WorkQueueLimits.ApiCallers, CallPacing.DeployedCallers);
}
