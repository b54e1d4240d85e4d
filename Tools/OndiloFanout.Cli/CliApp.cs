using System.CommandLine;
using OndiloFanout.Cli.Commands;
using OndiloFanout.Cli.Login;
using OndiloFanout.Cli.Rendering;
using OndiloFanout.Cli.Stack;

namespace OndiloFanout.Cli;

/// <summary>The <c>ondilo-fanout</c> command tree.</summary>
internal static class CliApp
{
    public static RootCommand Create(ConsoleUi ui, ILoginPrompt prompt, TimeProvider time)
    {
        var aws = new SdkClientFactory();
        return new("ondilo-fanout: collect Ondilo ICO pool measures into a data lake partitioned deviceId/year/month/day.")
        {
            RunCommand.Create(ui, time),
            LoginCommand.Create(ui, prompt, aws, time),
            BackfillCommand.Create(ui, aws, time),
            ReportCommand.Create(ui, time),
            StatusCommand.Create(ui, aws, time),
            RedriveCommand.Create(ui, aws, time, TimeSpan.FromSeconds(2)),
            QueryCommand.Create(ui),
        };
    }
}
