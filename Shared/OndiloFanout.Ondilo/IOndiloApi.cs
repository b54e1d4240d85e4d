using OndiloFanout.Domain.Pools;

namespace OndiloFanout.Ondilo;

/// <summary>
/// The Ondilo Customer API v1, as the collector uses it. Every method throws <see cref="OndiloApiException"/>
/// on failure (the API's quota answer has emptied the shared budget by then); access tokens are refreshed on expiry
/// and once on a 401.
/// </summary>
public interface IOndiloApi
{
    /// <summary>HTTP requests made so far, token refreshes included.</summary>
    int Calls { get; }

    /// <summary>
    /// Takes <paramref name="calls"/> calls from the shared hourly budget for the calls that follow, one more when the
    /// access token must be refreshed first; all or none. Dispose it once those calls are made.
    /// </summary>
    Task<ApiCallReservation> ReserveAsync(int calls, CancellationToken cancellationToken);

    Task<IReadOnlyList<OndiloPool>> ListPoolsAsync(CancellationToken cancellationToken);

    Task<OndiloDevice> GetDeviceAsync(long poolId, CancellationToken cancellationToken);

    /// <summary>The pool's alert thresholds.</summary>
    Task<OndiloPoolConfiguration> GetConfigurationAsync(long poolId, CancellationToken cancellationToken);

    Task<IReadOnlyList<OndiloMeasure>> GetMeasuresAsync(long poolId, string type, MeasurePeriod period, CancellationToken cancellationToken);

    Task<IReadOnlyList<OndiloMeasure>> GetLastMeasuresAsync(long poolId, IReadOnlyList<string> types, CancellationToken cancellationToken);

    Task<OndiloUserInfo> GetUserInfoAsync(CancellationToken cancellationToken);
}
