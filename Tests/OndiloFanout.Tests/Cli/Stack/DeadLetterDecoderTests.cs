using OndiloFanout.Cli.Aws;
using OndiloFanout.Cli.Stack;
using OndiloFanout.Domain.Collection;
using Xunit;

namespace OndiloFanout.Tests.Cli.Stack;

public sealed class DeadLetterDecoderTests
{
    private static readonly string Body = WorkMessageCodec.Serialize(new WorkMessage
    {
        Version = 1, RunId = "run", PoolId = 138, Day = new DateOnly(2026, 11, 20), Types = ["ph"],
    });

    [Fact]
    public void Describe_WorkMessageWithReason_DeviceDayAndReason()
    {
        var summary = DeadLetterDecoder.Describe(new SqsPeekedMessage { MessageId = "m", Body = Body, Reason = "revoked token" });

        Assert.Equal((138L, new DateOnly(2026, 11, 20), "revoked token"), (summary.PoolId!.Value, summary.Day!.Value, summary.Reason));
    }

    [Fact]
    public void Describe_MovedBySqsWithoutReason_SaysRetriesWereExhausted()
    {
        var summary = DeadLetterDecoder.Describe(new SqsPeekedMessage { MessageId = "m", Body = Body });

        Assert.Equal(DeadLetterDecoder.RetriesExhausted, summary.Reason);
    }

    [Fact]
    public void Describe_PoisonBodyWithoutReason_NoDeviceDayAndTheCodecsProblem()
    {
        var summary = DeadLetterDecoder.Describe(new SqsPeekedMessage { MessageId = "m", Body = "{\"v\":9}" });

        Assert.Null(summary.PoolId);
        Assert.Contains("version 9", summary.Reason, StringComparison.Ordinal);
    }
}
