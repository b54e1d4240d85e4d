using OndiloFanout.Ondilo;

namespace OndiloFanout.Local.Run;

/// <summary>The simulator's token of a dry run, which writes no file.</summary>
internal sealed class MemoryTokenStore(OndiloToken token) : ITokenStore
{
    private OndiloToken _token = token;

    public Task<OndiloToken> LoadAsync(CancellationToken cancellationToken) => Task.FromResult(Volatile.Read(ref _token));

    public Task<OndiloToken> ReloadAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public Task SaveAsync(OndiloToken token, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(token);
        Volatile.Write(ref _token, token);
        return Task.CompletedTask;
    }
}
