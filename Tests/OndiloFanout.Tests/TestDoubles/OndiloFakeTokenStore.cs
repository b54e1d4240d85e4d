using OndiloFanout.Ondilo;
using OndiloFanout.Ports;

namespace OndiloFanout.Tests.TestDoubles;

/// <summary>An in-memory token store that counts loads and records saves.</summary>
internal sealed class OndiloFakeTokenStore : ITokenStore
{
    private readonly List<OndiloToken> _saved = [];

    public OndiloFakeTokenStore(OndiloToken? token)
    {
        Token = token;
    }

    /// <summary>The stored token; <c>null</c> makes <see cref="LoadAsync"/> throw as a missing secret would.</summary>
    public OndiloToken? Token { get; private set; }

    public int LoadCount { get; private set; }

    public IReadOnlyList<OndiloToken> Saved => _saved;

    /// <summary>When set, <see cref="SaveAsync"/> throws it (a store that is down).</summary>
    public Exception? SaveFailure { get; set; }

    public Task<OndiloToken> LoadAsync(CancellationToken cancellationToken)
    {
        LoadCount++;
        return Token is null
            ? Task.FromException<OndiloToken>(new TokenUnavailableException("No token is stored."))
            : Task.FromResult(Token);
    }

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
}
