namespace OndiloFanout.Pipeline.Fetcher;

/// <summary>A work message as delivered by the queue.</summary>
public sealed record IncomingMessage(string MessageId, string Body, int ReceiveCount);
