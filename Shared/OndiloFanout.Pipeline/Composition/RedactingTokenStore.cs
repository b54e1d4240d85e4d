using OndiloFanout.Lambda.Logging;
using OndiloFanout.Ondilo;

namespace OndiloFanout.Pipeline.Composition;

/// <summary>
/// Registers every token it loads or saves with the redactor before anyone else sees it, so no log line or
/// error post can carry an access or refresh token, whichever store holds it.
/// </summary>
internal sealed class RedactingTokenStore : ITokenStore
{
    private readonly ITokenStore _inner;
    private readonly SecretRedactor _redactor;

    public RedactingTokenStore(ITokenStore inner, SecretRedactor redactor)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentNullException.ThrowIfNull(redactor);
        (_inner, _redactor) = (inner, redactor);
    }

    public async Task<OndiloToken> LoadAsync(CancellationToken cancellationToken) => Register(await _inner.LoadAsync(cancellationToken));

    public async Task<OndiloToken> ReloadAsync(CancellationToken cancellationToken) => Register(await _inner.ReloadAsync(cancellationToken));

    public Task SaveAsync(OndiloToken token, CancellationToken cancellationToken) => _inner.SaveAsync(Register(token), cancellationToken);

    private OndiloToken Register(OndiloToken token)
    {
        ArgumentNullException.ThrowIfNull(token);
        _redactor.Register(token.AccessToken);
        _redactor.Register(token.RefreshToken);
        return token;
    }
}
