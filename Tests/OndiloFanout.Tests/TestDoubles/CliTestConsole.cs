using OndiloFanout.Cli.Rendering;
using Spectre.Console;

namespace OndiloFanout.Tests.TestDoubles;

/// <summary>
/// A <see cref="ConsoleUi"/> writing to strings: the human output (no colours, not interactive), the error output and
/// the JSON output.
/// </summary>
internal sealed class CliTestConsole : IDisposable
{
    private readonly StringWriter _out = new();
    private readonly StringWriter _errors = new();
    private readonly StringWriter _json = new();

    public CliTestConsole(int width = 160)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(_out),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = width;
        Ui = new ConsoleUi(console, _json, _errors);
    }

    public ConsoleUi Ui { get; }

    /// <summary>Everything a person sees: the human output, then the error output.</summary>
    public string Human => _out.ToString() + _errors;

    /// <summary>The error output alone (standard error).</summary>
    public string Errors => _errors.ToString();

    public string Json => _json.ToString();

    public void Dispose()
    {
        _out.Dispose();
        _errors.Dispose();
        _json.Dispose();
    }
}
