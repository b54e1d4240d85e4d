namespace OndiloFanout.Cli.Login;

/// <summary>The person's side of the login: seeing the authorize URL, a browser, and pasting a URL back.</summary>
internal interface ILoginPrompt
{
    /// <summary>Shows the URL to open; with <paramref name="openBrowser"/>, also tries to open it.</summary>
    void ShowAuthorizeUrl(Uri authorizeUrl, bool openBrowser);

    /// <summary>Reads the URL the browser landed on (the <c>--paste</c> flow).</summary>
    Task<string?> ReadPastedUrlAsync(CancellationToken cancellationToken);
}
