using System.CommandLine;
using OndiloFanout.Cli.Commands;
using OndiloFanout.Cli.Rendering;

namespace OndiloFanout.Cli;

/// <summary>The <c>ondilo-fanout</c> command tree.</summary>
internal static class CliApp
{
    public static RootCommand Create(ConsoleUi ui) =>
        new("ondilo-fanout: collect Ondilo ICO pool measures into a data lake partitioned deviceId/year/month/day.")
        {
            RunCommand.Create(ui),
            QueryCommand.Create(ui),
        };
}
