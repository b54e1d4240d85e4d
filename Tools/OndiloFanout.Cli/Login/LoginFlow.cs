using System.Security.Cryptography;
using OndiloFanout.Contracts;
using OndiloFanout.Local.Run;
using OndiloFanout.Ondilo;

namespace OndiloFanout.Cli.Login;

/// <summary>
/// The OAuth authorization-code flow of the Ondilo API (or an import), storing the token where the collector reads
/// it, then checking it with two cheap calls: who it belongs to, and which pools it sees.
/// </summary>
internal sealed class LoginFlow
{
    private readonly HttpClient _http;
    private readonly TimeProvider _time;
    private readonly ILoginPrompt _prompt;

    public LoginFlow(HttpClient http, TimeProvider time, ILoginPrompt prompt)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(prompt);
        (_http, _time, _prompt) = (http, time, prompt);
    }

    public async Task<LoginResult> RunAsync(LoginOptions options, ITokenStore store, string storedIn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(store);
        // The login's own budget: the API's hourly limit (it makes four calls at most).
        var gate = new QuotaGate(new MemoryQuotaBudget(_time, QuotaLimits.MaximumCallsPerHour), _time, TimeSpan.Zero);
        var clientOptions = new OndiloClientOptions { BaseUri = options.ApiUrl };
        var oauth = new OndiloOAuthClient(_http, gate, clientOptions, _time);
        var token = options.ImportFile is { } file
            ? OndiloTokenFormat.Parse(await ReadImportAsync(file, cancellationToken))
            : await AuthorizeAsync(options, oauth, cancellationToken);
        await store.SaveAsync(token, cancellationToken);

        // Read back through the store: this proves what the collector will load, not just what was received.
        using var tokens = new OndiloTokenProvider(store, oauth, clientOptions, _time);
        var api = new OndiloClient(_http, tokens, gate, clientOptions);
        var user = await api.GetUserInfoAsync(cancellationToken);
        var pools = await api.ListPoolsAsync(cancellationToken);
        return new LoginResult
        {
            StoredIn = storedIn,
            Email = user.Email,
            Pools = pools.Select(p => new LoginPool(p.Id, p.Name)).ToArray(),
            ApiCalls = api.Calls,
        };
    }

    private async Task<OndiloToken> AuthorizeAsync(LoginOptions options, OndiloOAuthClient oauth, CancellationToken cancellationToken)
    {
        var state = Base64Url(RandomNumberGenerator.GetBytes(32));
        if (options.Paste)
        {
            _prompt.ShowAuthorizeUrl(oauth.BuildAuthorizeUri(LoginOptions.PasteRedirectUri, state), openBrowser: false);
            var pasted = await _prompt.ReadPastedUrlAsync(cancellationToken);
            if (!Uri.TryCreate(pasted?.Trim(), UriKind.Absolute, out var landed))
            {
                throw new LoginException("That is not the URL the browser landed on (it starts with https://example.com/api?code=…); nothing was stored.");
            }

            return await oauth.ExchangeCodeAsync(AuthorizationResponse.Parse(landed).CodeFor(state), LoginOptions.PasteRedirectUri, cancellationToken);
        }

        using var callback = LoopbackCallback.Start(options.Port);
        _prompt.ShowAuthorizeUrl(oauth.BuildAuthorizeUri(callback.RedirectUri, state), options.OpenBrowser);
        var redirect = await callback.WaitAsync(options.Timeout, cancellationToken);
        return await oauth.ExchangeCodeAsync(AuthorizationResponse.Parse(redirect).CodeFor(state), callback.RedirectUri, cancellationToken);
    }

    private static async Task<string> ReadImportAsync(string file, CancellationToken cancellationToken) =>
        File.Exists(file) ? await File.ReadAllTextAsync(file, cancellationToken) : throw new LoginException($"No file at {file} to import.");

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
