using System.ComponentModel;
using System.Diagnostics;
using OndiloFanout.Cli.Login;
using Spectre.Console;

namespace OndiloFanout.Cli.Rendering;

/// <summary>The login's terminal side: shows the authorize URL, tries the browser, reads a pasted URL.</summary>
internal sealed class ConsoleLoginPrompt(IAnsiConsole console, TextReader input) : ILoginPrompt
{
    public void ShowAuthorizeUrl(Uri authorizeUrl, bool openBrowser)
    {
        ArgumentNullException.ThrowIfNull(authorizeUrl);
        console.MarkupLine("Open this address, log in to Ondilo and allow access:");
        // Past Spectre's word wrap: a URL broken over lines cannot be copied.
        console.Profile.Out.Writer.WriteLine(authorizeUrl.AbsoluteUri);
        if (openBrowser)
        {
            TryOpen(authorizeUrl);
        }
    }

    public async Task<string?> ReadPastedUrlAsync(CancellationToken cancellationToken)
    {
        console.MarkupLine("Then paste here the address the browser landed on ([grey]https://example.com/api?code=…[/]):");
        return await input.ReadLineAsync(cancellationToken);
    }

    private static void TryOpen(Uri url)
    {
        var opener = OperatingSystem.IsWindows() ? "explorer" : OperatingSystem.IsMacOS() ? "open" : "xdg-open";
        try
        {
            using var process = Process.Start(new ProcessStartInfo(opener, url.AbsoluteUri) { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true });
        }
        catch (Exception ex) when (ex is Win32Exception or InvalidOperationException)
        {
            // No browser here: the address above is enough.
        }
    }
}
