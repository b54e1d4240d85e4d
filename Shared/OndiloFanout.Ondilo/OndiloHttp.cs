namespace OndiloFanout.Ondilo;

/// <summary>
/// Sends one request to the API: asks the gate first (which counts the call), bounds it with the request timeout,
/// and turns transport failures into <see cref="OndiloFailure.Transient"/>. Status codes are the caller's to judge;
/// a refusal it throws goes through <see cref="RefusedAsync"/>, so that the gate hears of it.
/// </summary>
internal sealed class OndiloHttp
{
    private readonly HttpClient _httpClient;
    private readonly IApiCallGate _gate;
    private readonly TimeSpan _timeout;
    private readonly TimeProvider _timeProvider;

    public OndiloHttp(HttpClient httpClient, IApiCallGate gate, TimeSpan timeout, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(gate);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _httpClient = httpClient;
        _gate = gate;
        _timeout = timeout;
        _timeProvider = timeProvider;
    }

    public async Task<OndiloHttpResponse> SendAsync(HttpRequestMessage request, string endpoint, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        await _gate.BeforeCallAsync(endpoint, cancellationToken);

        // The timeout covers the body too, which HttpClient.Timeout alone would not bound with ResponseHeadersRead.
        using var timeout = new CancellationTokenSource(_timeout, _timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            using var response = await _httpClient.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, linked.Token);
            var body = await response.Content.ReadAsByteArrayAsync(linked.Token);
            return new OndiloHttpResponse
            {
                Method = request.Method,
                Endpoint = endpoint,
                StatusCode = response.StatusCode,
                ReasonPhrase = response.ReasonPhrase,
                MediaType = response.Content.Headers.ContentType?.MediaType,
                Body = body,
            };
        }
        catch (Exception ex) when (cancellationToken.IsCancellationRequested)
        {
            // The caller gave up: that is a cancellation carrying the caller's token, whatever the socket said
            // while being torn down (or the linked token HttpClient saw).
            throw new OperationCanceledException("The caller cancelled the request.", ex, cancellationToken);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new OndiloApiException(OndiloFailure.Transient, endpoint, null,
                $"{request.Method} {endpoint} got no complete answer within {_timeout.TotalSeconds:0.###} s.", ex);
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException)
        {
            throw new OndiloApiException(OndiloFailure.Transient, endpoint, null,
                $"{request.Method} {endpoint} failed before a complete answer: the connection failed or was reset.", ex);
        }
    }

    /// <summary>The refusal of an answer, for the caller to throw once the gate heard of it (its quota answer empties the budget).</summary>
    public async Task<OndiloApiException> RefusedAsync(OndiloApiException refusal, CancellationToken cancellationToken)
    {
        await _gate.ReportRefusalAsync(refusal, cancellationToken);
        return refusal;
    }
}
