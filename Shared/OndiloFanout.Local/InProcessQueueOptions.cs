namespace OndiloFanout.Local;

/// <summary>The settings of an <see cref="InProcessWorkQueue"/>, named and defaulted like the SQS work queue's.</summary>
internal sealed record InProcessQueueOptions
{
    /// <summary>How long a received message stays hidden before it is delivered again. Default 6 minutes.</summary>
    public TimeSpan VisibilityTimeout { get; init; } = TimeSpan.FromMinutes(6);

    /// <summary>Receives after which the next receive moves the message to the dead-letter queue. Default 5.</summary>
    public int MaxReceiveCount { get; init; } = 5;
}
