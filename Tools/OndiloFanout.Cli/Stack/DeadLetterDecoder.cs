using OndiloFanout.Cli.Aws;
using OndiloFanout.Local.Run;

namespace OndiloFanout.Cli.Stack;

/// <summary>Turns a peeked dead-letter message into the device-day it stands for and why it is there.</summary>
internal static class DeadLetterDecoder
{
    /// <summary>What SQS itself dead-letters carries no reason attribute: the fetcher failed it on every receive.</summary>
    public const string RetriesExhausted = "failed on every receive up to maxReceiveCount (the fetcher's logs say why)";

    public static DeadLetterSummary Describe(SqsPeekedMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return DeadLetterSummary.Of(message.Body, message.Reason, RetriesExhausted);
    }
}
