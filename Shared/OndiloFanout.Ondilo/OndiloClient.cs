using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using OndiloFanout.Domain.Pools;

namespace OndiloFanout.Ondilo;

/// <summary>
/// The Ondilo Customer API v1 over HTTP. Every request passes the <see cref="IApiCallGate"/> first; a 401 refreshes
/// the access token once and retries once. Failures are <see cref="OndiloApiException"/>s typed by what to do next;
/// a cancellation by the caller's token stays an <see cref="OperationCanceledException"/>.
/// </summary>
public sealed class OndiloClient : IOndiloApi
{
    private readonly IApiCallGate _gate;
    private readonly OndiloHttp _http;
    private readonly OndiloTokenProvider _tokens;
    private readonly OndiloClientOptions _options;

    public OndiloClient(HttpClient httpClient, OndiloTokenProvider tokenProvider, IApiCallGate gate, OndiloClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(tokenProvider);
        ArgumentNullException.ThrowIfNull(options);
        _gate = gate;
        _http = new OndiloHttp(httpClient, gate, options.RequestTimeout, tokenProvider.TimeProvider);
        _tokens = tokenProvider;
        _options = options;
    }

    /// <summary>The gate's count: this client's requests and the token refreshes (both go through the gate).</summary>
    public int Calls => _gate.Calls;

    public async Task<ApiCallReservation> ReserveAsync(int calls, CancellationToken cancellationToken) =>
        await _gate.ReserveAsync(calls + (await _tokens.NeedsRefreshAsync(cancellationToken) ? 1 : 0), cancellationToken);

    public Task<IReadOnlyList<OndiloPool>> ListPoolsAsync(CancellationToken cancellationToken) =>
        GetAsync(OndiloPaths.Pools, null, OndiloWireMapper.ReadPools, cancellationToken);

    public Task<OndiloDevice> GetDeviceAsync(long poolId, CancellationToken cancellationToken) =>
        GetAsync(OndiloPaths.Device(poolId), null, OndiloWireMapper.ReadDevice, cancellationToken);

    public Task<OndiloPoolConfiguration> GetConfigurationAsync(long poolId, CancellationToken cancellationToken) =>
        GetAsync(OndiloPaths.Configuration(poolId), null, OndiloWireMapper.ReadConfiguration, cancellationToken);

    public Task<IReadOnlyList<OndiloMeasure>> GetMeasuresAsync(long poolId, string type, MeasurePeriod period, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(type);
        var query = $"type={Uri.EscapeDataString(type)}&period={period.ToQueryValue()}";
        return GetAsync(OndiloPaths.Measures(poolId), query, OndiloWireMapper.ReadMeasures, cancellationToken);
    }

    public Task<IReadOnlyList<OndiloMeasure>> GetLastMeasuresAsync(long poolId, IReadOnlyList<string> types, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(types);

        // The API wants the repeated PHP-style form with literal brackets, as Home Assistant's client sends it.
        var query = string.Join('&', types.Select(t => $"types[]={Uri.EscapeDataString(t)}"));
        return GetAsync(OndiloPaths.LastMeasures(poolId), query, OndiloWireMapper.ReadMeasures, cancellationToken);
    }

    public Task<OndiloUserInfo> GetUserInfoAsync(CancellationToken cancellationToken) =>
        GetAsync(OndiloPaths.UserInfo, null, OndiloWireMapper.ReadUserInfo, cancellationToken);

    private async Task<T> GetAsync<T>(string path, string? query, Func<byte[], T> read, CancellationToken cancellationToken)
    {
        var uri = OndiloPaths.Resolve(_options.BaseUri, path, query);
        var accessToken = await _tokens.GetAccessTokenAsync(cancellationToken);
        var response = await SendAsync(uri, path, accessToken, cancellationToken);
        if (response.StatusCode == HttpStatusCode.Unauthorized)
        {
            accessToken = await _tokens.ForceRefreshAsync(accessToken, cancellationToken);
            response = await SendAsync(uri, path, accessToken, cancellationToken);
        }

        if (!response.IsSuccess)
        {
            throw await _http.RefusedAsync(Failure(response), cancellationToken);
        }

        if (response.IsHtml)
        {
            throw new OndiloApiException(OndiloFailure.BadResponse, path, response.StatusCode,
                $"{response.Summary} The body is an HTML page, not JSON. Body: {response.Excerpt()}");
        }

        try
        {
            return read(response.Body);
        }
        catch (FormatException ex)
        {
            throw new OndiloApiException(OndiloFailure.BadResponse, path, response.StatusCode,
                $"{response.Summary} The body is not the documented JSON: {ex.Message} Body: {response.Excerpt()}", ex);
        }
    }

    private async Task<OndiloHttpResponse> SendAsync(Uri uri, string path, string accessToken, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        request.Headers.Accept.ParseAdd("application/json");
        return await _http.SendAsync(request, path, cancellationToken);
    }

    private static OndiloApiException Failure(OndiloHttpResponse response)
    {
        var status = (int)response.StatusCode;
        var failure = response.StatusCode switch
        {
            // The API answers its hourly quota with a 400 (not a 429) for the rest of the hour.
            HttpStatusCode.BadRequest => IsServerSideError(response.Body) ? OndiloFailure.Transient : OndiloFailure.QuotaExhausted,
            HttpStatusCode.TooManyRequests => OndiloFailure.QuotaExhausted,
            HttpStatusCode.Unauthorized => OndiloFailure.Unauthorized,
            _ when status >= 500 => OndiloFailure.Transient,
            _ when status >= 400 => OndiloFailure.Rejected,
            _ => OndiloFailure.BadResponse,
        };
        return new OndiloApiException(failure, response.Endpoint, response.StatusCode, response.SummaryWithExcerpt());
    }

    /// <summary>
    /// The API also sends 400 <c>{"error":{"message":"Cannot get user's pools 1"}}</c> when its own backend fails:
    /// that one passes, the quota answer does not.
    /// </summary>
    private static bool IsServerSideError(byte[] body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("error", out var error)
                && error.ValueKind == JsonValueKind.Object
                && error.TryGetProperty("message", out var message)
                && message.ValueKind == JsonValueKind.String
                && message.GetString()!.StartsWith("Cannot get", StringComparison.OrdinalIgnoreCase);
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
