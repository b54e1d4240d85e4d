using System.CommandLine;
using OndiloFanout.Cli;
using OndiloFanout.Cli.Login;
using OndiloFanout.Cli.Rendering;
using Spectre.Console;

namespace OndiloFanout.Tests.TestDoubles;

/// <summary>Runs an <c>ondilo-fanout</c> command line in-process through the program's own entry, its error handling included.</summary>
internal static class CliRunner
{
    /// <summary>Runs <paramref name="args"/> on <paramref name="time"/> (a fixed clock, so no answer depends on the hour it runs).</summary>
    public static Task<CliOutcome> RunAsync(TimeProvider time, params string[] args) => RunAsync(time, null, args);

    /// <summary>Runs <paramref name="args"/> with <paramref name="prompt"/> answering the login's questions.</summary>
    public static async Task<CliOutcome> RunAsync(TimeProvider time, ILoginPrompt? prompt, params string[] args)
    {
        using var console = new CliTestConsole();
        using var help = new StringWriter();
        prompt ??= new ConsoleLoginPrompt(AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(TextWriter.Null) }), TextReader.Null);
        var exitCode = await CliApp.RunAsync(console.Ui, prompt, time, args, new InvocationConfiguration { Output = help, Error = help }, CancellationToken.None);
        return new CliOutcome(exitCode, console.Human, console.Errors, console.Json, help.ToString());
    }
}

/// <summary>What a command line printed: the human output and errors (<paramref name="Human"/> holds both), the JSON output, the help.</summary>
internal sealed record CliOutcome(int ExitCode, string Human, string Errors, string Json, string Help);
