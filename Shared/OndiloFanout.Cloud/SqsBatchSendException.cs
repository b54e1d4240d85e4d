using System.Globalization;
using Amazon.SQS.Model;

namespace OndiloFanout.Cloud;

/// <summary>Some entries of a <c>SendMessageBatch</c> were refused (still, after the resends); names each one.</summary>
internal sealed class SqsBatchSendException : Exception
{
    /// <summary>Creates the exception from the entries SQS refused last.</summary>
    public SqsBatchSendException(string queueUrl, IReadOnlyList<BatchResultErrorEntry> failed, int attempts)
        : base(Describe(queueUrl, failed, attempts))
    {
        ArgumentNullException.ThrowIfNull(failed);
        FailedCount = failed.Count;
        SenderFault = failed.Any(f => f.SenderFault == true);
    }

    /// <summary>How many entries were refused in the last attempt.</summary>
    public int FailedCount { get; }

    /// <summary>Whether an entry was refused for what it holds: resending it would fail the same way.</summary>
    public bool SenderFault { get; }

    private static string Describe(string queueUrl, IReadOnlyList<BatchResultErrorEntry> failed, int attempts)
    {
        ArgumentNullException.ThrowIfNull(failed);
        // Code and message only: the bodies stay out of the exception text.
        var entries = string.Join("; ", failed.Select(f =>
            string.Create(CultureInfo.InvariantCulture, $"entry {f.Id}: {f.Code} ({(f.SenderFault == true ? "sender" : "service")} fault) {f.Message}")));
        return string.Create(CultureInfo.InvariantCulture,
            $"SQS refused {failed.Count} message(s) to {queueUrl} after {attempts} attempt(s): {entries}");
    }
}
