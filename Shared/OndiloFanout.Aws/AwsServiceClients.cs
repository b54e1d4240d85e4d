using OndiloFanout.Aws;
using OndiloFanout.Aws.Signing;

namespace OndiloFanout.Composition;

/// <summary>Signed JSON-protocol clients for the services the SDK is not used for, with region and endpoint from the process environment.</summary>
public static class AwsServiceClients
{
    /// <summary>A client for <paramref name="service"/>: region from <c>AWS_REGION</c>, endpoint overridable by <c>AWS_ENDPOINT_URL_*</c>.</summary>
    public static AwsJsonClient Create(AwsServiceDescriptor service, HttpClient http, IAwsCredentialsSource credentials, TimeProvider time) =>
        Create(service, http, credentials, time, AwsRegion.FromEnvironment(new ProcessAwsEnvironment()));

    /// <summary>A client for <paramref name="service"/> in <paramref name="region"/>, endpoint overridable by <c>AWS_ENDPOINT_URL_*</c>.</summary>
    public static AwsJsonClient Create(AwsServiceDescriptor service, HttpClient http, IAwsCredentialsSource credentials, TimeProvider time, string region)
    {
        var environment = new ProcessAwsEnvironment();
        return new AwsJsonClient(
            http,
            new AwsJsonClientSettings { Service = service, Region = region, Endpoint = AwsEndpoints.Resolve(service, region, environment) },
            credentials,
            new AwsSigV4Signer(time),
            time);
    }
}
