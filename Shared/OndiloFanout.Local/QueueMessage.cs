namespace OndiloFanout.Local;

/// <summary>One delivery of an <see cref="InProcessWorkQueue"/> message, as SQS hands it to a Lambda event source.</summary>
/// <param name="MessageId">Stable across deliveries.</param>
/// <param name="ReceiptHandle">New on every delivery; only the latest one deletes the message.</param>
/// <param name="Body">The message body.</param>
/// <param name="ReceiveCount">1 on the first delivery (SQS <c>ApproximateReceiveCount</c>).</param>
/// <param name="SentAt">When the message was sent.</param>
internal sealed record QueueMessage(string MessageId, string ReceiptHandle, string Body, int ReceiveCount, DateTimeOffset SentAt);
