using OndiloFanout.Domain.Collection;

namespace OndiloFanout.Pipeline.Fetcher;

/// <summary>A work message as delivered by the queue, its body parsed once, where it enters (<see cref="Parse"/>).</summary>
/// <param name="Message">The work message; null when the body is poison.</param>
/// <param name="Problem">Why the body can never be processed; null for a work message.</param>
public sealed record IncomingMessage(string MessageId, string Body, int ReceiveCount, WorkMessage? Message, string? Problem)
{
    public static IncomingMessage Parse(string messageId, string body, int receiveCount) =>
        new(messageId, body, receiveCount, WorkMessageCodec.TryParse(body, out var message, out var problem) ? message : null, problem);
}
