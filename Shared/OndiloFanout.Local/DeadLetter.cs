namespace OndiloFanout.Local;

/// <summary>A message in the dead-letter queue of an <see cref="InProcessWorkQueue"/>, with why it is there.</summary>
/// <param name="Body">The message body, unchanged.</param>
/// <param name="Reason">Why it was dead-lettered, e.g. the last error after too many receives.</param>
/// <param name="ReceiveCount">How many times it was delivered (0 when sent to the dead-letter queue directly).</param>
/// <param name="At">When it was dead-lettered.</param>
public sealed record DeadLetter(string Body, string Reason, int ReceiveCount, DateTimeOffset At);
