using OndiloFanout.Cloud.Signing;

namespace OndiloFanout.Cloud;

/// <summary>Signed JSON-protocol clients for the services the SDK is not used for.</summary>
public static class AwsServiceClients
{
    /// <summary>A client for <paramref name="service"/> in <paramref name="region"/>, its endpoint overridable by <c>AWS_ENDPOINT_URL_*</c> in <paramref name="environment"/>.</summary>
    public static AwsJsonClient Create(
        AwsServiceDescriptor service, HttpClient http, IAwsCredentialsSource credentials, TimeProvider time, string region, Func<string, string?> environment) =>
        new(
            http,
            new AwsJsonClientSettings { Service = service, Region = region, Endpoint = AwsEndpoints.Resolve(service, region, environment) },
            credentials,
            new AwsSigV4Signer(time),
            time);
}
