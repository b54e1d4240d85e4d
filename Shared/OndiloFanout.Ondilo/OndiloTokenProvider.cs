namespace OndiloFanout.Ondilo;

/// <summary>
/// Hands out a valid access token: reads the stored token on first use, refreshes it when it expires within
/// <see cref="OndiloClientOptions.RefreshSkew"/> (or after a 401), and saves every refreshed token to the store.
/// Before refreshing, and after a refresh failed, it reads the store again: another container or a new
/// <c>login</c> may have stored a newer token, which is then used without a call (a warm container never keeps
/// refreshing a login that was replaced). Safe for concurrent callers: one read or refresh at a time, and callers
/// waiting behind a refresh reuse its result.
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

    /// <summary>The clock the API client also uses for its request timeouts.</summary>
    internal TimeProvider TimeProvider { get; }

    /// <summary>A valid access token, refreshed first when it expires within the skew and the store holds no newer one.</summary>
    public async Task<string> GetAccessTokenAsync(CancellationToken cancellationToken)
    {
        await _lock.WaitAsync(cancellationToken);
        try
        {
            var token = await CurrentLockedAsync(cancellationToken);
            return (IsFresh(token, rejectedAccessToken: null) ? token : await RefreshLockedAsync(token, null, cancellationToken)).AccessToken;
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
            return !IsFresh(await CurrentLockedAsync(cancellationToken), rejectedAccessToken: null);
        }
        finally
        {
            _lock.Release();
        }
    }

    public void Dispose() => _lock.Dispose();

    /// <summary>
    /// Refreshes unless the token in hand or the stored one is no longer <paramref name="rejectedAccessToken"/>: when
    /// several requests (or containers) get a 401 together, the first refreshes and the others reuse its token
    /// instead of spending more calls. Without a rejected token it refreshes whatever the expiry says.
    /// </summary>
    internal async Task<string> ForceRefreshAsync(string? rejectedAccessToken, CancellationToken cancellationToken)
    {
        await _lock.WaitAsync(cancellationToken);
        try
        {
            if (rejectedAccessToken is null)
            {
                return (await RefreshLockedAsync(_token ?? await _store.LoadAsync(cancellationToken), null, cancellationToken)).AccessToken;
            }

            if (_token is { } held && !string.Equals(held.AccessToken, rejectedAccessToken, StringComparison.Ordinal))
            {
                return held.AccessToken;
            }

            // Reading the store costs no Ondilo call: another container may have refreshed already.
            var token = await ReadStoreLockedAsync(cancellationToken);
            return (IsFresh(token, rejectedAccessToken) ? token : await RefreshLockedAsync(token, rejectedAccessToken, cancellationToken)).AccessToken;
        }
        finally
        {
            _lock.Release();
        }
    }

    // The token in hand, first loaded from the store; when it is about to expire, the store's, which may be newer.
    private async Task<OndiloToken> CurrentLockedAsync(CancellationToken cancellationToken)
    {
        if (_token is not { } held)
        {
            return _token = await _store.LoadAsync(cancellationToken);
        }

        return IsFresh(held, rejectedAccessToken: null) ? held : await ReadStoreLockedAsync(cancellationToken);
    }

    private async Task<OndiloToken> ReadStoreLockedAsync(CancellationToken cancellationToken) =>
        _token = await _store.ReloadAsync(cancellationToken);

    private async Task<OndiloToken> RefreshLockedAsync(OndiloToken token, string? rejectedAccessToken, CancellationToken cancellationToken)
    {
        try
        {
            return await RefreshWithAsync(token, cancellationToken);
        }
        catch (OndiloApiException)
        {
            // A new login (or another container's refresh) may have been stored meanwhile: only then is it worth
            // one more try, with the newer token.
            var stored = await ReadStoreLockedAsync(cancellationToken);
            if (stored == token)
            {
                throw;
            }

            return IsFresh(stored, rejectedAccessToken) ? stored : await RefreshWithAsync(stored, cancellationToken);
        }
    }

    private async Task<OndiloToken> RefreshWithAsync(OndiloToken token, CancellationToken cancellationToken)
    {
        var refreshed = await _oauth.RefreshAsync(token.RefreshToken, cancellationToken);

        // Kept in memory before saving: the new access token is valid even if the store fails, and the failure
        // still reaches the caller so a token the store never got cannot go unnoticed.
        _token = refreshed;
        await _store.SaveAsync(refreshed, cancellationToken);
        return refreshed;
    }

    private bool IsFresh(OndiloToken token, string? rejectedAccessToken) =>
        !token.ExpiresWithin(TimeProvider.GetUtcNow(), _options.RefreshSkew)
        && !string.Equals(token.AccessToken, rejectedAccessToken, StringComparison.Ordinal);
}
