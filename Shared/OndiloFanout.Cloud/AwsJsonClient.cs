using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using OndiloFanout.Cloud.Signing;

namespace OndiloFanout.Cloud;

/// <summary>
/// Calls an AWS service over the AWS JSON 1.0/1.1 protocol: a signed <c>POST /</c> with <c>X-Amz-Target</c>.
/// Throttling, 5xx and transport errors are retried with exponential backoff and full jitter; the delays run on
/// the injected clock and end with the CancellationToken (the invocation deadline). Other errors throw
/// <see cref="AwsServiceException"/> at once.
/// </summary>
public sealed class AwsJsonClient
{
    private readonly AwsJsonClientSettings settings;
    private readonly TimeProvider timeProvider;
    private readonly MediaTypeHeaderValue contentType;
    private readonly AwsSignedSender sender;

    public AwsJsonClient(
        HttpClient httpClient, AwsJsonClientSettings settings, IAwsCredentialsSource credentials, AwsSigV4Signer signer, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(credentials);
        ArgumentNullException.ThrowIfNull(signer);
        ArgumentNullException.ThrowIfNull(timeProvider);
        this.settings = settings;
        this.timeProvider = timeProvider;
        contentType = new MediaTypeHeaderValue($"application/x-amz-json-{settings.Service.JsonVersion}");
        sender = new AwsSignedSender(httpClient, credentials, signer, new AwsSigningScope(settings.Service.SigningName, settings.Region));
    }

    /// <summary>Calls <paramref name="operation"/> (e.g. <c>PutRecordBatch</c>) and reads its answer.</summary>
    public async Task<TResponse> SendAsync<TRequest, TResponse>(
        string operation, TRequest request, JsonTypeInfo<TRequest> requestType, JsonTypeInfo<TResponse> responseType,
        CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(operation);
        ArgumentNullException.ThrowIfNull(requestType);
        ArgumentNullException.ThrowIfNull(responseType);
        var body = JsonSerializer.SerializeToUtf8Bytes(request, requestType);
        var target = $"{settings.Service.TargetPrefix}.{operation}";
        var answer = await settings.Retry.RunAsync(_ => SendOnceAsync(target, body, cancellationToken), error => IsTransient(error, cancellationToken), timeProvider, cancellationToken);
        return JsonSerializer.Deserialize(answer.Length == 0 ? "{}"u8 : answer, responseType)
            ?? throw new JsonException($"{target} answered JSON null.");
    }

    private static bool IsTransient(Exception error, CancellationToken cancellationToken) => error switch
    {
        AwsServiceException service => AwsErrorClassifier.IsRetryable(service),
        HttpRequestException or IOException => true,
        // HttpClient's own timeout, not our deadline.
        TaskCanceledException => !cancellationToken.IsCancellationRequested,
        _ => false,
    };

    private async Task<byte[]> SendOnceAsync(string target, byte[] body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, settings.Endpoint) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = contentType;
        request.Headers.TryAddWithoutValidation("X-Amz-Target", target);
        return (await sender.SendAsync(request, body, cancellationToken)).Body;
    }
}
