using OndiloFanout.Domain.Pools;

namespace OndiloFanout.Ondilo;

/// <summary>
/// The Ondilo Customer API v1, as the collector uses it. Every method throws <see cref="OndiloApiException"/>
/// on failure; access tokens are refreshed on expiry and once on a 401.
/// </summary>
public interface IOndiloApi
{
    /// <summary>HTTP requests made so far, token refreshes included.</summary>
    int CallCount { get; }

    Task<IReadOnlyList<OndiloPool>> ListPoolsAsync(CancellationToken cancellationToken);

    Task<OndiloDevice> GetDeviceAsync(long poolId, CancellationToken cancellationToken);

    /// <summary>The pool's alert thresholds.</summary>
    Task<OndiloPoolConfiguration> GetConfigurationAsync(long poolId, CancellationToken cancellationToken);

    Task<IReadOnlyList<OndiloMeasure>> GetMeasuresAsync(long poolId, string type, MeasurePeriod period, CancellationToken cancellationToken);

    Task<IReadOnlyList<OndiloMeasure>> GetLastMeasuresAsync(long poolId, IReadOnlyList<string> types, CancellationToken cancellationToken);

    Task<OndiloUserInfo> GetUserInfoAsync(CancellationToken cancellationToken);

    /// <summary>True when the next call will first have to refresh the access token (one more API call).</summary>
    Task<bool> NeedsRefreshAsync(CancellationToken cancellationToken);
}
