using OndiloFanout.Cloud;
using OndiloFanout.Cloud.Signing;
using OndiloFanout.Domain.Retries;

namespace OndiloFanout.Tests.TestDoubles;

/// <summary>Builds an <see cref="AwsJsonClient"/> that talks to an <see cref="AwsStubEndpoint"/>.</summary>
internal static class AwsTestClients
{
    public const string Region = "eu-west-1";

    /// <summary>Full jitter fixed at one half, so each delay is half its cap.</summary>
    public static readonly Backoff Retry = new() { NextJitter = () => 0.5 };

    public static AwsJsonClient Create(HttpClient http, Uri endpoint, AwsServiceDescriptor service, TimeProvider time, Backoff? retry = null) =>
        new(
            http,
            new AwsJsonClientSettings { Service = service, Region = Region, Endpoint = endpoint, Retry = retry ?? Retry },
            new AwsFakeCredentialsSource(AwsFakeCredentialsSource.Example),
            new AwsSigV4Signer(time),
            time);
}
