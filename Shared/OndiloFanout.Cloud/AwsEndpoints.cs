namespace OndiloFanout.Cloud;

/// <summary>Where a service is reached, with the same environment overrides as the AWS SDKs.</summary>
public static class AwsEndpoints
{
    /// <summary>
    /// <c>AWS_ENDPOINT_URL_&lt;SERVICE_ID&gt;</c> (service id upper-cased, spaces as underscores, e.g.
    /// <c>AWS_ENDPOINT_URL_SECRETS_MANAGER</c>), then <c>AWS_ENDPOINT_URL</c>, unless
    /// <c>AWS_IGNORE_CONFIGURED_ENDPOINT_URLS=true</c>; else <c>https://&lt;endpointPrefix&gt;.&lt;region&gt;.amazonaws.com</c>.
    /// </summary>
    public static Uri Resolve(AwsServiceDescriptor service, string region, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentException.ThrowIfNullOrWhiteSpace(region);
        ArgumentNullException.ThrowIfNull(environment);
        if (!string.Equals(environment("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS"), "true", StringComparison.OrdinalIgnoreCase))
        {
            var configured = NonEmpty(environment(ServiceVariableName(service.ServiceId)))
                ?? NonEmpty(environment("AWS_ENDPOINT_URL"));
            if (configured is not null)
            {
                return Uri.TryCreate(configured, UriKind.Absolute, out var uri)
                    ? uri
                    : throw new InvalidOperationException($"The configured endpoint of {service.ServiceId} is not an absolute URL: {configured}");
            }
        }

        // The China partition uses its own domain.
        var domain = region.StartsWith("cn-", StringComparison.Ordinal) ? "amazonaws.com.cn" : "amazonaws.com";
        return new Uri($"https://{service.EndpointPrefix}.{region}.{domain}/");
    }

    /// <summary>The SDKs' service-specific variable name, e.g. <c>AWS_ENDPOINT_URL_FIREHOSE</c>.</summary>
    public static string ServiceVariableName(string serviceId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(serviceId);
        return "AWS_ENDPOINT_URL_" + serviceId.Trim().Replace(' ', '_').ToUpperInvariant();
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
