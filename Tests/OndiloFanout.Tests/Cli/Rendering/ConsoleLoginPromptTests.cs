using OndiloFanout.Cli.Rendering;
using Spectre.Console;
using Xunit;

namespace OndiloFanout.Tests.Cli.Rendering;

public sealed class ConsoleLoginPromptTests
{
    [Fact]
    public void ShowAuthorizeUrl_LongerThanTheConsoleIsWide_PrintedOnOneLineToCopy()
    {
        using var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output), Ansi = AnsiSupport.No, Interactive = InteractionSupport.No });
        console.Profile.Width = 80;
        var url = new Uri("https://interop.ondilo.com/oauth2/authorize?client_id=customer_api&response_type=code&redirect_uri=http%3A%2F%2F127.0.0.1%3A46293%2Fcallback&scope=api&state=aXq7Oeh6OsRNqXqLSh6oYWtQ8njssbG6ygGKmq6M26Q");

        new ConsoleLoginPrompt(console, TextReader.Null).ShowAuthorizeUrl(url, openBrowser: false);

        Assert.Contains(url.AbsoluteUri, output.ToString().Split('\n').Select(line => line.TrimEnd('\r')));
    }
}
