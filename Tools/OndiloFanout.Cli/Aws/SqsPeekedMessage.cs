namespace OndiloFanout.Cli.Aws;

/// <summary>A message read without being deleted, with the attributes <see cref="SqsWorkQueue.DeadLetterAsync"/> sets.</summary>
internal sealed record SqsPeekedMessage
{
    public required string MessageId { get; init; }
    public required string Body { get; init; }
    /// <summary>The <c>reason</c> attribute; null for a message SQS moved after <c>maxReceiveCount</c> failed receives.</summary>
    public string? Reason { get; init; }
    /// <summary>The <c>dead_lettered_at</c> attribute, as sent.</summary>
    public string? DeadLetteredAt { get; init; }
    /// <summary>SQS's <c>ApproximateReceiveCount</c>, this peek included.</summary>
    public int ReceiveCount { get; init; }
}
