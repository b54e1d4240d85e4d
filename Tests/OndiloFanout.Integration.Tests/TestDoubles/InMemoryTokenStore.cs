using OndiloFanout.Ondilo;

namespace OndiloFanout.Integration.Tests.TestDoubles;

/// <summary>A token held in memory.</summary>
internal sealed class InMemoryTokenStore(OndiloToken token) : ITokenStore
{
    private OndiloToken _token = token;

    public Task<OndiloToken> LoadAsync(CancellationToken cancellationToken) => Task.FromResult(_token);

    public Task<OndiloToken> ReloadAsync(CancellationToken cancellationToken) => Task.FromResult(_token);

    public Task SaveAsync(OndiloToken token, CancellationToken cancellationToken)
    {
        _token = token;
        return Task.CompletedTask;
    }
}
