namespace OndiloFanout.Lambda;

/// <summary>One event as the Runtime API hands it out: its headers and its body.</summary>
internal sealed record InvocationRequest
{
    public required string RequestId { get; init; }

    public required DateTimeOffset Deadline { get; init; }

    public required string InvokedFunctionArn { get; init; }

    /// <summary>The X-Ray trace header, when tracing is on.</summary>
    public string? TraceId { get; init; }

    public required ReadOnlyMemory<byte> Body { get; init; }
}
