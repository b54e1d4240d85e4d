namespace OndiloFanout.Local;

/// <summary>The mutable state of one message inside an <see cref="InProcessWorkQueue"/>; only touched under its lock.</summary>
internal sealed class QueueEntry
{
    public QueueEntry(string messageId, string body, DateTimeOffset sentAt, DateTimeOffset visibleAt)
    {
        MessageId = messageId;
        Body = body;
        SentAt = sentAt;
        VisibleAt = visibleAt;
    }

    public string MessageId { get; }

    public string Body { get; }

    public DateTimeOffset SentAt { get; }

    public DateTimeOffset VisibleAt { get; set; }

    public int ReceiveCount { get; set; }

    /// <summary>The handle of the latest delivery; null before the first.</summary>
    public string? ReceiptHandle { get; set; }

    public string? LastError { get; set; }
}
