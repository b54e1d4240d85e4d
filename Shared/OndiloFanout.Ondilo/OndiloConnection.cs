using OndiloFanout.Domain.Pools;
using OndiloFanout.Domain.Ports;

namespace OndiloFanout.Ondilo;

/// <summary>
/// The Ondilo API as both functions and the CLI use it: one gate that counts and paces every call against the
/// shared budget, shared by the OAuth client (token refreshes) and the API client.
/// </summary>
public sealed class OndiloConnection : IDisposable
{
    private readonly OndiloTokenProvider _tokens;

    /// <param name="waitUntil">How the pacing waits; <c>null</c> waits on <paramref name="time"/> (see <see cref="QuotaGate"/>).</param>
    public OndiloConnection(
        HttpClient http,
        ITokenStore tokenStore,
        IQuotaBudget budget,
        OndiloClientOptions options,
        TimeProvider time,
        TimeSpan minimumCallInterval,
        Func<DateTimeOffset, CancellationToken, Task>? waitUntil = null)
    {
        Gate = new QuotaGate(budget, time, minimumCallInterval, waitUntil);
        OAuth = new OndiloOAuthClient(http, Gate, options, time);
        _tokens = new OndiloTokenProvider(tokenStore, OAuth, options, time);
        Api = new OndiloClient(http, _tokens, Gate, options);
    }

    public QuotaGate Gate { get; }

    public OndiloOAuthClient OAuth { get; }

    public IOndiloApi Api { get; }

    public void Dispose() => _tokens.Dispose();
}
