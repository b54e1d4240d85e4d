namespace OndiloFanout.Tests.TestDoubles;

/// <summary>One request as the stub server received it; <see cref="RawTarget"/> is the path and query exactly as sent.</summary>
internal sealed record OndiloStubRequest(string Method, string Path, string RawTarget, string? Authorization, string Body);
