using System.Net.Http.Headers;
using OndiloFanout.Cloud.Signing;

namespace OndiloFanout.Cloud;

/// <summary>
/// The one send path of the project's AWS clients (<see cref="AwsJsonClient"/>, <see cref="LambdaInvoke.LambdaInvokeClient"/>):
/// sign with the current credentials, send, read the whole answer; a non-2xx answer throws the service's error as
/// <see cref="AwsServiceException"/>. Retrying is the caller's choice, since what is safe to repeat differs by call.
/// </summary>
public sealed class AwsSignedSender
{
    private readonly HttpClient httpClient;
    private readonly IAwsCredentialsSource credentials;
    private readonly AwsSigV4Signer signer;
    private readonly AwsSigningScope scope;

    public AwsSignedSender(HttpClient httpClient, IAwsCredentialsSource credentials, AwsSigV4Signer signer, AwsSigningScope scope)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(credentials);
        ArgumentNullException.ThrowIfNull(signer);
        ArgumentNullException.ThrowIfNull(scope);
        (this.httpClient, this.credentials, this.signer, this.scope) = (httpClient, credentials, signer, scope);
    }

    /// <summary>Signs <paramref name="request"/>, whose content is <paramref name="body"/>, and sends it.</summary>
    public async Task<AwsAnswer> SendAsync(HttpRequestMessage request, byte[] body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var current = await credentials.GetCredentialsAsync(cancellationToken);
        signer.Sign(request, body, scope, current);

        using var response = await httpClient.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
        var answer = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        if (response.IsSuccessStatusCode)
        {
            return new AwsAnswer(response.StatusCode, answer, response.Headers);
        }

        throw AwsErrorParser.Parse(response.StatusCode, answer, FirstHeader(response.Headers, "x-amzn-ErrorType"), FirstHeader(response.Headers, "x-amzn-RequestId"));
    }

    internal static string? FirstHeader(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;
}
