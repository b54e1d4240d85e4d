using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using OndiloFanout.Cli;
using OndiloFanout.Cli.Commands;
using OndiloFanout.Cli.Rendering;
using OndiloFanout.Tests.TestDoubles;
using Spectre.Console;
using Xunit;

namespace OndiloFanout.Tests.Cli;

[Trait("Category", "TimeSensitive")]
public sealed class RunCommandTests : IDisposable
{
    private static readonly DateTimeOffset Morning = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);
    private readonly LocalTempFolder _lake = new();
    private readonly StringWriter _json = new();
    private readonly StringWriter _screen = new();

    public void Dispose()
    {
        _lake.Dispose();
        _json.Dispose();
        _screen.Dispose();
    }

    private Task<int> InvokeAsync(params string[] args)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(_screen), Ansi = AnsiSupport.No, Interactive = InteractionSupport.No });
        return CliApp.Create(new ConsoleUi(console, _json, _screen), new ConsoleLoginPrompt(console, TextReader.Null), new FakeTimeProvider(Morning)).Parse(args).InvokeAsync();
    }

    [Fact]
    public async Task Run_SimulateJson_PrintsOneSummaryObject()
    {
        var exit = await InvokeAsync("run", "--simulate", "--date", Morning.AddDays(-3).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), "--simulate-pools", "2", "--out", _lake.Path, "--json");

        Assert.Equal(ExitCodes.Ok, exit);
        using var summary = JsonDocument.Parse(_json.ToString());
        foreach (var key in new[] { "pools", "deviceDaysPlanned", "deviceDaysCollected", "deviceDaysSkipped", "records", "apiCalls", "deferrals", "deadLettered", "durationMs" })
        {
            Assert.True(summary.RootElement.TryGetProperty(key, out _), key);
        }

        Assert.Equal(2, summary.RootElement.GetProperty("pools").GetInt32());
        Assert.True(summary.RootElement.GetProperty("records").GetInt32() > 0);
    }

    [Fact]
    public async Task Run_Table_ShowsTheSummary()
    {
        var exit = await InvokeAsync("run", "--simulate", "--simulate-pools", "1", "--out", _lake.Path);

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Contains("Ondilo API calls", _screen.ToString(), StringComparison.Ordinal);
        Assert.Empty(_json.ToString());
    }

    [Fact]
    public async Task Run_DailyDryRunJson_SaysWhatTheReadPlanGives()
    {
        var exit = await InvokeAsync("run", "--simulate", "--dry-run", "--simulate-pools", "3", "--out", _lake.Path, "--json");

        Assert.Equal(ExitCodes.Ok, exit);
        using var summary = JsonDocument.Parse(_json.ToString());
        var reads = summary.RootElement.GetProperty("reads");
        // An empty lake: all three pools read today, the history's first hour leaving now, nothing lost.
        Assert.Equal((3, 0, 18, 1), (reads.GetProperty("pools").GetInt32(), reads.GetProperty("poolsLeft").GetInt32(), reads.GetProperty("callsPlanned").GetInt32(), reads.GetProperty("intervalDays").GetInt32()));
        Assert.Equal((31, 31), (reads.GetProperty("lagDays").GetInt32(), reads.GetProperty("lagBoundDays").GetInt32()));
        Assert.Equal((0.0, 0.0), (reads.GetProperty("expiryDays").GetDouble(), reads.GetProperty("hoursLost").GetDouble()));
    }

    [Fact]
    public async Task Run_DailyDryRunTable_ShowsTheReadPlan()
    {
        var exit = await InvokeAsync("run", "--simulate", "--dry-run", "--simulate-pools", "1", "--out", _lake.Path);

        Assert.Equal(ExitCodes.Ok, exit);
        var screen = _screen.ToString();
        foreach (var line in new[] { "Pools read", "1 of 1", "Calls planned", "every 1 day(s)", "Lake lag", "31 day(s) (at most 31)", "First history expiry", "Hours the quota cannot save" })
        {
            Assert.Contains(line, screen, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("--date", "2026-13-01", "must be a UTC day")]
    [InlineData("--pools", "12,abc", "positive pool ids")]
    [InlineData("--from", "2026-11-01", "go together")]
    [InlineData("--api-url", "ftp:/x", "is not an http(s) URL")]
    public async Task Run_BadRequest_ExitsWithUsageAndTheSchedulersMessage(string option, string value, string expected)
    {
        var exit = await InvokeAsync("run", "--simulate", option, value, "--out", _lake.Path);

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains(expected, _screen.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(_lake.AllFiles(), f => f.StartsWith("deviceId=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Run_RealApiWithoutToken_SaysHowToLogIn()
    {
        var exit = await InvokeAsync("run", "--token-file", _lake.Combine("missing.json"), "--api-url", "http://127.0.0.1:9", "--out", _lake.Path);

        Assert.Equal(ExitCodes.Failed, exit);
        Assert.Contains("ondilo-fanout login", _screen.ToString(), StringComparison.Ordinal);
    }
}
