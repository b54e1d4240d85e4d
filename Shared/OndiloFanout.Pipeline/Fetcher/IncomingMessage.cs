using OndiloFanout.Domain.Collection;

namespace OndiloFanout.Pipeline.Fetcher;

/// <summary>A work message as delivered by the queue, its body parsed once, here.</summary>
public sealed record IncomingMessage
{
    public IncomingMessage(string messageId, string body, int receiveCount)
    {
        (MessageId, Body, ReceiveCount) = (messageId, body, receiveCount);
        Problem = WorkMessageCodec.TryParse(body, out var message, out var problem) ? null : problem;
        Message = message;
    }

    public string MessageId { get; }

    public string Body { get; }

    public int ReceiveCount { get; }

    /// <summary>The work message; null when the body is poison (see <see cref="Problem"/>).</summary>
    public WorkMessage? Message { get; }

    /// <summary>Why the body can never be processed; null for a work message.</summary>
    public string? Problem { get; }
}
