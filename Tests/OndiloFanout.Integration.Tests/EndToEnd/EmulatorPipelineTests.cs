using OndiloFanout.Integration.Tests.Emulators;
using Xunit;

namespace OndiloFanout.Integration.Tests.EndToEnd;

/// <summary>The AWS pipeline on emulators (see <see cref="EmulatorRig"/>) with nothing failing: a month, then the same month again.</summary>
[Collection(AwsEmulatorsCollection.Name)]
[Trait("Category", "TimeSensitive")]
public sealed class EmulatorPipelineTests(FauxqsFixture sqs, DynaliteFixture dynamo)
{
    private const string Month = """{"month":"true"}""";

    [Fact]
    public async Task MonthTwice_EveryDeviceDayOnceThenNothing()
    {
        await using var rig = await EmulatorRig.StartAsync(sqs, dynamo, new EmulatorRigOptions());

        var audit = await rig.RunAsync(Month);
        var first = rig.Environment.Simulator.RequestCount;
        var delivered = rig.Firehose.Delivered.Count;
        await rig.RunAsync(Month);
        var second = rig.Environment.Simulator.RequestCount - first;

        Assert.True(audit.Problems.Count == 0, audit.ToString());
        Assert.Equal((58, 2, 0, 0), (audit.Complete, audit.Closed, audit.DeadLettered, audit.Duplicates));
        Assert.True(first <= 2 + (6 * 2), $"{first} calls");
        Assert.Equal(delivered, rig.Firehose.Delivered.Count);
        Assert.True(second <= 2, $"{second} calls");
        Assert.Empty(await rig.DeadLettersAsync());
    }
}
