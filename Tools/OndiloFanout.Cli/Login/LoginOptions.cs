namespace OndiloFanout.Cli.Login;

/// <summary>How <c>ondilo-fanout login</c> gets a token.</summary>
internal sealed record LoginOptions
{
    /// <summary>Host root of the Ondilo API.</summary>
    public required Uri ApiUrl { get; init; }
    /// <summary>No browser on this machine: redirect to <see cref="PasteRedirectUri"/> and read the landing URL from the user.</summary>
    public bool Paste { get; init; }
    /// <summary>Store this existing token (this project's JSON or the original Python project's secret) instead of logging in.</summary>
    public string? ImportFile { get; init; }
    /// <summary>Loopback port of the callback; 0 for a free one.</summary>
    public int Port { get; init; }
    /// <summary>How long to wait for the browser. Default 5 minutes.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(5);
    public bool OpenBrowser { get; init; } = true;

    /// <summary>Ondilo accepts any redirect URI; this one is what other Ondilo clients use when they have no browser.</summary>
    public static Uri PasteRedirectUri { get; } = new("https://example.com/api");
}
