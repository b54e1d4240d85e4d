using OndiloFanout.Cli.Rendering;
using Spectre.Console;

namespace OndiloFanout.Tests.TestDoubles;

/// <summary>A <see cref="ConsoleUi"/> writing to strings: the human output (no colours, not interactive) and the JSON output.</summary>
internal sealed class CliTestConsole : IDisposable
{
    private readonly StringWriter _human = new();
    private readonly StringWriter _json = new();

    public CliTestConsole()
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(_human),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = 160;
        Ui = new ConsoleUi(console, _json);
    }

    public ConsoleUi Ui { get; }

    public string Human => _human.ToString();

    public string Json => _json.ToString();

    public void Dispose()
    {
        _human.Dispose();
        _json.Dispose();
    }
}
