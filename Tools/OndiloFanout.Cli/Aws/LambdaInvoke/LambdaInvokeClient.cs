using System.Net;
using System.Net.Http.Headers;
using System.Text;
using OndiloFanout.Cloud;
using OndiloFanout.Cloud.Signing;

namespace OndiloFanout.Cli.Aws.LambdaInvoke;

/// <summary>
/// Lambda's <c>Invoke</c> over its REST-JSON API (<c>POST /2015-03-31/functions/{name}/invocations</c>, SigV4 service
/// <c>lambda</c>), shaped as AWSSDK.Lambda's client, which NuGet does not serve here. Like the SDK, a function that
/// fails is not an exception: see <see cref="InvokeResponse.FunctionError"/>. Errors of the Lambda service throw
/// <see cref="AwsServiceException"/>. Only throttling (429, when the function did not run) is retried, with backoff on
/// the injected clock: after a 5xx or a lost connection the function may have run, and a scheduler run twice enqueues twice.
/// </summary>
public sealed class LambdaInvokeClient
{
    /// <summary>
    /// Lambda for <see cref="AwsEndpoints.Resolve"/> (<c>AWS_ENDPOINT_URL_LAMBDA</c>, <c>https://lambda.&lt;region&gt;.amazonaws.com</c>).
    /// Lambda speaks REST-JSON: the target prefix is unused.
    /// </summary>
    public static readonly AwsServiceDescriptor Service = new()
    {
        ServiceId = "Lambda", EndpointPrefix = "lambda", SigningName = "lambda", TargetPrefix = string.Empty, JsonVersion = "1.1",
    };

    private static readonly MediaTypeHeaderValue JsonContent = new("application/json");

    private readonly LambdaInvokeClientSettings settings;
    private readonly TimeProvider timeProvider;
    private readonly AwsSignedSender sender;

    /// <param name="httpClient">Its timeout must allow for the function's run (up to 15 minutes).</param>
    public LambdaInvokeClient(
        HttpClient httpClient, LambdaInvokeClientSettings settings, IAwsCredentialsSource credentials, AwsSigV4Signer signer, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(credentials);
        ArgumentNullException.ThrowIfNull(signer);
        ArgumentNullException.ThrowIfNull(timeProvider);
        (this.settings, this.timeProvider) = (settings, timeProvider);
        sender = new AwsSignedSender(httpClient, credentials, signer, new AwsSigningScope(Service.SigningName, settings.Region));
    }

    /// <summary>Invokes the function and returns its answer, a function error included.</summary>
    public async Task<InvokeResponse> InvokeAsync(InvokeRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.FunctionName);
        var uri = InvocationUri(request);
        var body = Encoding.UTF8.GetBytes(request.Payload);
        return await settings.Retry.RunAsync(
            _ => SendOnceAsync(uri, request.InvocationType, body, cancellationToken),
            error => error is AwsServiceException { StatusCode: HttpStatusCode.TooManyRequests },
            timeProvider,
            cancellationToken);
    }

    private Uri InvocationUri(InvokeRequest request)
    {
        var path = $"2015-03-31/functions/{Uri.EscapeDataString(request.FunctionName.Trim())}/invocations";
        var query = request.Qualifier is { Length: > 0 } qualifier ? "?Qualifier=" + Uri.EscapeDataString(qualifier) : string.Empty;
        var root = settings.Endpoint.AbsoluteUri.EndsWith('/') ? settings.Endpoint.AbsoluteUri : settings.Endpoint.AbsoluteUri + "/";
        return new Uri(root + path + query);
    }

    private async Task<InvokeResponse> SendOnceAsync(Uri uri, string invocationType, byte[] body, CancellationToken cancellationToken)
    {
        using var message = new HttpRequestMessage(HttpMethod.Post, uri) { Content = new ByteArrayContent(body) };
        message.Content.Headers.ContentType = JsonContent;
        message.Headers.TryAddWithoutValidation("X-Amz-Invocation-Type", invocationType);
        var answer = await sender.SendAsync(message, body, cancellationToken);
        return new InvokeResponse
        {
            StatusCode = (int)answer.StatusCode,
            FunctionError = answer.Header("X-Amz-Function-Error"),
            ExecutedVersion = answer.Header("X-Amz-Executed-Version"),
            Payload = Encoding.UTF8.GetString(answer.Body),
        };
    }
}
