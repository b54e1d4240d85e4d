using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using OndiloFanout.Lambda.Logging;

namespace OndiloFanout.Lambda;

/// <summary>
/// Speaks the Lambda Runtime API over HTTP and nothing else: fetch the next event, post its response or error,
/// post an initialization error. A 500 answer throws <see cref="RuntimeApiContainerException"/>; other refusals
/// throw <see cref="RuntimeApiException"/>. Error texts pass through the <see cref="SecretRedactor"/>.
/// </summary>
internal sealed class RuntimeApiClient
{
    private readonly HttpClient _httpClient;
    private readonly SecretRedactor _redactor;

    /// <param name="httpClient">Based at <c>http://$AWS_LAMBDA_RUNTIME_API/2018-06-01/</c>; see <see cref="CreateHttpClient"/>.</param>
    /// <param name="redactor">Masks secrets in the error documents this client posts.</param>
    public RuntimeApiClient(HttpClient httpClient, SecretRedactor redactor)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(redactor);
        _httpClient = httpClient;
        _redactor = redactor;
    }

    /// <summary>An HttpClient for the Runtime API at <paramref name="runtimeApi"/> (<c>host:port</c>).</summary>
    public static HttpClient CreateHttpClient(string runtimeApi)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(runtimeApi);
        return new HttpClient
        {
            BaseAddress = new Uri($"http://{runtimeApi}/{RuntimeApiHeaders.ApiVersion}/"),
            // Lambda freezes the process while it waits in "next" for minutes or hours: any client timeout
            // would fire on thaw and fail a healthy poll.
            Timeout = Timeout.InfiniteTimeSpan,
        };
    }

    /// <summary>Waits for the next event (a long poll that may last as long as the environment is idle).</summary>
    public async Task<InvocationRequest> GetNextInvocationAsync(CancellationToken cancellationToken)
    {
        using var response = await _httpClient.GetAsync(RuntimeApiHeaders.NextPath, HttpCompletionOption.ResponseContentRead, cancellationToken);
        EnsureAccepted(response, "next");
        var requestId = Header(response, RuntimeApiHeaders.RequestId)
            ?? throw new RuntimeApiException($"The next event has no {RuntimeApiHeaders.RequestId} header.", 0);
        var deadlineText = Header(response, RuntimeApiHeaders.DeadlineMs);
        if (!long.TryParse(deadlineText, NumberStyles.None, CultureInfo.InvariantCulture, out var deadlineMs))
        {
            throw new RuntimeApiException($"The next event has no valid {RuntimeApiHeaders.DeadlineMs} header.", 0);
        }

        return new InvocationRequest
        {
            RequestId = requestId,
            Deadline = DateTimeOffset.FromUnixTimeMilliseconds(deadlineMs),
            InvokedFunctionArn = Header(response, RuntimeApiHeaders.InvokedFunctionArn) ?? "",
            TraceId = Header(response, RuntimeApiHeaders.TraceId),
            Body = await response.Content.ReadAsByteArrayAsync(cancellationToken),
        };
    }

    /// <summary>Posts the handler's result for <paramref name="requestId"/>.</summary>
    public async Task SendResponseAsync(string requestId, ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(requestId);
        using var content = new ReadOnlyMemoryContent(body);
        using var response = await _httpClient.PostAsync(RuntimeApiHeaders.ResponsePath(requestId), content, cancellationToken);
        EnsureAccepted(response, "response");
    }

    /// <summary>Posts the handler's failure for <paramref name="requestId"/>.</summary>
    public Task ReportInvocationErrorAsync(string requestId, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(requestId);
        return PostErrorAsync(RuntimeApiHeaders.ErrorPath(requestId), exception, cancellationToken);
    }

    /// <summary>Posts a failure of the function's initialization; Lambda then fails the pending invocation.</summary>
    public Task ReportInitializationErrorAsync(Exception exception, CancellationToken cancellationToken) =>
        PostErrorAsync(RuntimeApiHeaders.InitErrorPath, exception, cancellationToken);

    private async Task PostErrorAsync(string path, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var error = ToError(exception);
        using var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(error, LambdaJsonContext.Default.LambdaError));
        content.Headers.ContentType = new MediaTypeHeaderValue(RuntimeApiHeaders.ErrorContentType);
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
        request.Headers.TryAddWithoutValidation(RuntimeApiHeaders.FunctionErrorType, error.ErrorType);
        using var response = await _httpClient.SendAsync(request, cancellationToken);
        EnsureAccepted(response, "error");
    }

    private LambdaError ToError(Exception exception) => new()
    {
        ErrorType = exception.GetType().Name,
        ErrorMessage = _redactor.Redact(exception.Message),
        StackTrace = (exception.StackTrace ?? "")
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(_redactor.Redact)
            .ToArray(),
    };

    private static void EnsureAccepted(HttpResponseMessage response, string call)
    {
        if (response.IsSuccessStatusCode)
        {
            return;
        }

        var status = (int)response.StatusCode;
        if (response.StatusCode == HttpStatusCode.InternalServerError)
        {
            throw new RuntimeApiContainerException($"The Runtime API answered {status} to {call}: the environment must be replaced.");
        }

        throw new RuntimeApiException($"The Runtime API answered {status} to {call}.", status);
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;
}
