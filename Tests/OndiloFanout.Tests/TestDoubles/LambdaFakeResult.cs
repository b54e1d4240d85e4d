using System.Text.Json;
using OndiloFanout.Lambda;

namespace OndiloFanout.Tests.TestDoubles;

/// <summary>What a runtime posted back to <see cref="LambdaFakeRuntimeApi"/> for one invocation or for init.</summary>
internal sealed record LambdaFakeResult
{
    public required string RequestId { get; init; }

    /// <summary>True for an error post, false for a response post.</summary>
    public required bool IsError { get; init; }

    /// <summary>The raw body posted.</summary>
    public required string Body { get; init; }

    /// <summary>The Lambda-Runtime-Function-Error-Type header of an error post.</summary>
    public string? ErrorTypeHeader { get; init; }

    public string? ContentType { get; init; }

    /// <summary>The error document of an error post, parsed.</summary>
    public LambdaError? Error => IsError ? JsonSerializer.Deserialize(Body, LambdaJsonContext.Default.LambdaError) : null;
}
