using System.Collections.Concurrent;
using OndiloFanout.Ondilo;

namespace OndiloFanout.Tests.TestDoubles;

/// <summary>Remembers every access and refresh token that passed through the store, to scan outputs for them.</summary>
internal sealed class ReliabilityRecordingTokenStore(ITokenStore inner) : ITokenStore
{
    private readonly ConcurrentDictionary<string, bool> _secrets = new(StringComparer.Ordinal);

    public IReadOnlyCollection<string> Secrets => [.. _secrets.Keys];

    public async Task<OndiloToken> LoadAsync(CancellationToken cancellationToken) => Remember(await inner.LoadAsync(cancellationToken));

    public async Task<OndiloToken> ReloadAsync(CancellationToken cancellationToken) => Remember(await inner.ReloadAsync(cancellationToken));

    public Task SaveAsync(OndiloToken token, CancellationToken cancellationToken) => inner.SaveAsync(Remember(token), cancellationToken);

    private OndiloToken Remember(OndiloToken token)
    {
        _secrets[token.AccessToken] = true;
        _secrets[token.RefreshToken] = true;
        return token;
    }
}
