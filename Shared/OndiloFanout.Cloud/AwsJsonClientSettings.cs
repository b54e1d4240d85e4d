using OndiloFanout.Domain.Retries;

namespace OndiloFanout.Cloud;

/// <summary>Which service an <see cref="AwsJsonClient"/> calls, where, and how it retries.</summary>
public sealed record AwsJsonClientSettings
{
    public required AwsServiceDescriptor Service { get; init; }
    public required string Region { get; init; }
    /// <summary>The service root, from <see cref="AwsEndpoints.Resolve"/>.</summary>
    public required Uri Endpoint { get; init; }
    public Backoff Retry { get; init; } = new();
}
