using System.Net;

namespace OndiloFanout.Tests.TestDoubles;

/// <summary>One request of a <see cref="ReliabilityCallLog"/>: when it was sent, where, and the status it got.</summary>
internal sealed record ReliabilityCall(DateTimeOffset At, string Path, string Query, HttpStatusCode Status);
