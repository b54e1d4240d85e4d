namespace OndiloFanout.Ondilo;

/// <summary>Where and how to reach the Ondilo API. Defaults are the real service's.</summary>
public sealed record OndiloClientOptions
{
    /// <summary>
    /// Host root of the API; <c>/oauth2/...</c> and <c>/api/customer/v1/...</c> are appended to it (a path prefix,
    /// with or without a trailing slash, is kept). Default <c>https://interop.ondilo.com</c>.
    /// </summary>
    public Uri BaseUri { get; init; } = new("https://interop.ondilo.com");

    /// <summary>The OAuth client id; default <c>customer_api</c> (the secret is empty).</summary>
    public string ClientId { get; init; } = "customer_api";

    /// <summary>Longest wait for one request, body included; default 30 s.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Refresh the access token when it expires within this margin; default 5 min.</summary>
    public TimeSpan RefreshSkew { get; init; } = TimeSpan.FromMinutes(5);
}
