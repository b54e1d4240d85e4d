namespace OndiloFanout.Functions.DeviceFetcher;

/// <summary>A work message as delivered by the queue.</summary>
internal sealed record IncomingMessage(string MessageId, string Body, int ReceiveCount);
