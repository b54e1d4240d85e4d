using OndiloFanout.Cloud;
using OndiloFanout.Domain.Retries;

namespace OndiloFanout.Cli.Aws.LambdaInvoke;

/// <summary>Where a <see cref="LambdaInvokeClient"/> calls and how it retries.</summary>
public sealed record LambdaInvokeClientSettings
{
    public required string Region { get; init; }

    /// <summary>The service root, from <see cref="AwsEndpoints.Resolve"/> with <see cref="LambdaInvokeClient.Service"/>.</summary>
    public required Uri Endpoint { get; init; }

    public Backoff Retry { get; init; } = new();
}
