using System.CommandLine;
using System.CommandLine.Invocation;
using System.Globalization;

namespace OndiloFanout.Cli.Commands;

/// <summary>
/// <c>--help</c> as this CLI shows it: System.CommandLine's own help, whose usage line then names the command as it is
/// typed (<c>ondilo-fanout run</c>, not the assembly), followed by the command's details (examples, exit codes). A list
/// of commands so shows one line each.
/// </summary>
internal sealed class CliHelpAction(SynchronousCommandLineAction standard, IReadOnlyDictionary<Command, string> details) : SynchronousCommandLineAction
{
    public const string ProgramName = "ondilo-fanout";

    /// <summary>How the command is typed, e.g. <c>ondilo-fanout run</c>.</summary>
    public static string PathOf(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        return command.Parents.OfType<Command>().FirstOrDefault() is { } parent ? $"{PathOf(parent)} {command.Name}" : ProgramName;
    }

    public override int Invoke(ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        var configuration = parseResult.InvocationConfiguration;
        var output = configuration.Output;
        using var help = new StringWriter(CultureInfo.InvariantCulture);
        configuration.Output = help;
        int exitCode;
        try
        {
            exitCode = standard.Invoke(parseResult);
        }
        finally
        {
            configuration.Output = output;
        }

        output.Write(help.ToString().Replace($"  {RootCommand.ExecutableName} ", $"  {ProgramName} ", StringComparison.Ordinal));
        if (details.TryGetValue(parseResult.CommandResult.Command, out var more))
        {
            output.WriteLine(more);
            output.WriteLine();
        }

        return exitCode;
    }
}
