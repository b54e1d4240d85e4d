using OndiloFanout.Cli.Login;

namespace OndiloFanout.Tests.TestDoubles;

/// <summary>Plays the person at the browser: follows the authorize URL to its redirect and delivers it (optionally altered).</summary>
internal sealed class BrowserPrompt(Func<Uri, Uri>? alterRedirect = null, bool deliver = true) : ILoginPrompt, IDisposable
{
    private readonly HttpClient _browser = new(new HttpClientHandler { AllowAutoRedirect = false });

    public Task? Delivery { get; private set; }

    public Uri? LastRedirect { get; private set; }

    public void ShowAuthorizeUrl(Uri authorizeUrl, bool openBrowser) => Delivery = deliver ? DeliverAsync(authorizeUrl) : Task.CompletedTask;

    public async Task<string?> ReadPastedUrlAsync(CancellationToken cancellationToken)
    {
        await (Delivery ?? Task.CompletedTask);
        return LastRedirect?.AbsoluteUri;
    }

    public void Dispose() => _browser.Dispose();

    private async Task DeliverAsync(Uri authorizeUrl)
    {
        using var consent = await _browser.GetAsync(authorizeUrl);
        var redirect = consent.Headers.Location ?? throw new InvalidOperationException($"No redirect from {authorizeUrl}: {(int)consent.StatusCode}");
        LastRedirect = alterRedirect is null ? redirect : alterRedirect(redirect);
        if (LastRedirect.Host is "127.0.0.1")
        {
            using var _ = await _browser.GetAsync(LastRedirect);
        }
    }
}
