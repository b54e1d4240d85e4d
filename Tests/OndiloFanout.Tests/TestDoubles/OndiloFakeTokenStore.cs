using OndiloFanout.Ondilo;

namespace OndiloFanout.Tests.TestDoubles;

/// <summary>An in-memory token store that counts reads and records saves; another writer can replace the token.</summary>
internal sealed class OndiloFakeTokenStore : ITokenStore
{
    private readonly List<OndiloToken> _saved = [];

    public OndiloFakeTokenStore(OndiloToken? token)
    {
        Token = token;
    }

    /// <summary>The stored token; <c>null</c> makes a read throw as a missing secret would.</summary>
    public OndiloToken? Token { get; private set; }

    /// <summary>Reads so far, loads and reloads.</summary>
    public int LoadCount { get; private set; }

    public IReadOnlyList<OndiloToken> Saved => _saved;

    /// <summary>When set, <see cref="SaveAsync"/> throws it (a store that is down).</summary>
    public Exception? SaveFailure { get; set; }

    /// <summary>Tokens another writer (a new login, another container) stores just before the read of that number (1-based).</summary>
    public Dictionary<int, OndiloToken> StoredBeforeRead { get; } = [];

    /// <summary>Another writer stores <paramref name="token"/> now.</summary>
    public void StoreElsewhere(OndiloToken token) => Token = token;

    public Task<OndiloToken> LoadAsync(CancellationToken cancellationToken) => ReadAsync();

    public Task<OndiloToken> ReloadAsync(CancellationToken cancellationToken) => ReadAsync();

    public Task SaveAsync(OndiloToken token, CancellationToken cancellationToken)
    {
        if (SaveFailure is not null)
        {
            return Task.FromException(SaveFailure);
        }

        _saved.Add(token);
        Token = token;
        return Task.CompletedTask;
    }

    private Task<OndiloToken> ReadAsync()
    {
        LoadCount++;
        if (StoredBeforeRead.TryGetValue(LoadCount, out var replaced))
        {
            Token = replaced;
        }

        return Token is null
            ? Task.FromException<OndiloToken>(new TokenUnavailableException("No token is stored."))
            : Task.FromResult(Token);
    }
}
