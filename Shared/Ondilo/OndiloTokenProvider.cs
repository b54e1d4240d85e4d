using OndiloFanout.Ports;

namespace OndiloFanout.Ondilo;

/// <summary>
/// Hands out a valid access token: loads the stored token once, refreshes it when it expires within
/// <see cref="OndiloClientOptions.RefreshSkew"/> (or after a 401), and saves every refreshed token to the store.
/// Safe for concurrent callers: one load or refresh at a time, and callers waiting behind a refresh reuse its result.
/// </summary>
public sealed class OndiloTokenProvider : IDisposable
{
    private readonly ITokenStore _store;
    private readonly OndiloOAuthClient _oauth;
    private readonly OndiloClientOptions _options;
    private readonly SemaphoreSlim _lock = new(1, 1);
    private OndiloToken? _token;

    public OndiloTokenProvider(ITokenStore store, OndiloOAuthClient oauth, OndiloClientOptions options, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(oauth);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _store = store;
        _oauth = oauth;
        _options = options;
        TimeProvider = timeProvider;
    }

    /// <summary>Token endpoint requests made so far (refreshes).</summary>
    public int CallCount => _oauth.CallCount;

    /// <summary>The clock the API client also uses for its request timeouts.</summary>
    internal TimeProvider TimeProvider { get; }

    /// <summary>A valid access token, refreshed first when it expires within the skew.</summary>
    public async Task<string> GetAccessTokenAsync(CancellationToken cancellationToken)
    {
        await _lock.WaitAsync(cancellationToken);
        try
        {
            var token = await LoadLockedAsync(cancellationToken);
            if (token.ExpiresWithin(TimeProvider.GetUtcNow(), _options.RefreshSkew))
            {
                token = await RefreshLockedAsync(token, cancellationToken);
            }

            return token.AccessToken;
        }
        finally
        {
            _lock.Release();
        }
    }

    /// <summary>Refreshes now, whatever the expiry says (the API refused the access token).</summary>
    public Task<string> ForceRefreshAsync(CancellationToken cancellationToken) => ForceRefreshAsync(null, cancellationToken);

    /// <summary>True when the next <see cref="GetAccessTokenAsync"/> will refresh first (one more API call).</summary>
    public async Task<bool> NeedsRefreshAsync(CancellationToken cancellationToken)
    {
        await _lock.WaitAsync(cancellationToken);
        try
        {
            var token = await LoadLockedAsync(cancellationToken);
            return token.ExpiresWithin(TimeProvider.GetUtcNow(), _options.RefreshSkew);
        }
        finally
        {
            _lock.Release();
        }
    }

    public void Dispose() => _lock.Dispose();

    /// <summary>
    /// Refreshes unless the token in hand is no longer <paramref name="rejectedAccessToken"/>: when several requests
    /// get a 401 together, the first refreshes and the others reuse its token instead of spending more calls.
    /// </summary>
    internal async Task<string> ForceRefreshAsync(string? rejectedAccessToken, CancellationToken cancellationToken)
    {
        await _lock.WaitAsync(cancellationToken);
        try
        {
            var token = await LoadLockedAsync(cancellationToken);
            if (rejectedAccessToken is not null && !string.Equals(token.AccessToken, rejectedAccessToken, StringComparison.Ordinal))
            {
                return token.AccessToken;
            }

            return (await RefreshLockedAsync(token, cancellationToken)).AccessToken;
        }
        finally
        {
            _lock.Release();
        }
    }

    private async Task<OndiloToken> LoadLockedAsync(CancellationToken cancellationToken) =>
        _token ??= await _store.LoadAsync(cancellationToken);

    private async Task<OndiloToken> RefreshLockedAsync(OndiloToken token, CancellationToken cancellationToken)
    {
        var refreshed = await _oauth.RefreshAsync(token.RefreshToken, cancellationToken);

        // Kept in memory before saving: the new access token is valid even if the store fails, and the failure
        // still reaches the caller so a token the store never got cannot go unnoticed.
        _token = refreshed;
        await _store.SaveAsync(refreshed, cancellationToken);
        return refreshed;
    }
}
