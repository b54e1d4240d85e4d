using System.Globalization;
using Microsoft.Extensions.Time.Testing;
using OndiloFanout.Cli.Rendering;
using OndiloFanout.Local.Run;
using OndiloFanout.Ondilo;
using OndiloFanout.Tests.TestDoubles;
using Spectre.Console;
using Xunit;

namespace OndiloFanout.Tests.Reliability;

/// <summary>What <c>ondilo-fanout run --simulate</c> prints, as a table and as JSON, holds no token.</summary>
public sealed class CliOutputSecrecyTests
{
    [Fact]
    public async Task Run_SimulatedMonthWithFaults_OutputHoldsNoToken()
    {
        using var folder = new LocalTempFolder();
        using var human = new StringWriter(CultureInfo.InvariantCulture);
        using var json = new StringWriter(CultureInfo.InvariantCulture);
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(human), Ansi = AnsiSupport.No, Interactive = InteractionSupport.No });
        var ui = new ConsoleUi(console, json, human);
        var options = new RunOptions
        {
            Payload = SchedulerPayload.Build(month: true, null, null, null, null, force: false, dryRun: false),
            OutputDirectory = folder.Path,
            Simulate = true,
            SimulatePools = 1,
            SimulateFaults = 0.2,
        };

        var summary = await ui.WithProgressAsync(show: false, progress => new LocalPipeline(options, progress, new FakeTimeProvider(RigOptions.DefaultStart)).RunAsync(CancellationToken.None));
        ui.ShowRun(summary, asJson: false);
        ui.ShowRun(summary, asJson: true);

        var token = OndiloTokenFormat.Parse(await File.ReadAllTextAsync(Path.Combine(folder.Path, ".ondilo-fanout", "simulator-token.json")));
        var printed = human + json.ToString();
        Assert.Contains(summary.RunId, printed, StringComparison.Ordinal);
        Assert.DoesNotContain(token.AccessToken, printed, StringComparison.Ordinal);
        Assert.DoesNotContain(token.RefreshToken, printed, StringComparison.Ordinal);
    }
}
