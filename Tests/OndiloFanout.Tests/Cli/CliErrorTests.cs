using System.Web;
using Microsoft.Extensions.Time.Testing;
using OndiloFanout.Cli.Commands;
using OndiloFanout.Cli.Login;
using OndiloFanout.Local;
using OndiloFanout.Tests.Local;
using OndiloFanout.Tests.TestDoubles;
using Xunit;

namespace OndiloFanout.Tests.Cli;

/// <summary>
/// Each way a command line can go wrong answers with its exit code (2 usage, 1 failure) and one line that names the
/// problem and the next step, never a stack trace; through the program's own entry, as a user meets it.
/// </summary>
public sealed class CliErrorTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly LocalTempFolder _folder = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 5, 10, 0, 0, TimeSpan.Zero));

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Run_OutIsAFile_UsageErrorNamingTheOption()
    {
        var file = _folder.Combine("README.md");
        await File.WriteAllTextAsync(file, "# not a lake");

        var outcome = await RunAsync("run", "--simulate", "--out", file);

        AssertOneLineError(outcome, ExitCodes.Usage, "--out", "is a file, not a folder");
        Assert.Equal("# not a lake", await File.ReadAllTextAsync(file));
    }

    [Fact]
    public async Task Run_OutCannotBeCreated_UsageErrorNamingTheOption()
    {
        var outcome = await RunAsync("run", "--simulate", "--out", "/proc/forbidden");

        AssertOneLineError(outcome, ExitCodes.Usage, "--out", "cannot be created");
    }

    [Fact]
    public async Task Query_PlaceholderWithoutParam_UsageErrorAskingForTheParam()
    {
        var lake = await SmallLakeAsync();

        var outcome = await RunAsync("query", "SELECT count(*) AS n FROM measures WHERE deviceid = ?", "--out", lake);

        AssertOneLineError(outcome, ExitCodes.Usage, "--param", "Expected 1, got 0");
    }

    [Fact]
    public async Task Run_ApiUrlWhereNothingListens_FailsAtOnceNamingTheHostAndSpendsNoCall()
    {
        var lake = _folder.Combine("lake");

        var outcome = await RunAsync("run", "--api-url", "http://127.0.0.1:1", "--token-file", await TokenFileAsync(), "--out", lake).WaitAsync(Patience);

        AssertOneLineError(outcome, ExitCodes.Failed, "127.0.0.1:1", "connection refused");
        Assert.Contains("no API call was spent", outcome.Errors, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(lake, ".ondilo-fanout", "state", "quota.json")));
    }

    [Theory]
    [InlineData("99", "is above 30")]
    [InlineData("31", "is above 30")]
    [InlineData("6", "is below 7")]
    [InlineData("2", "is below 7")]
    public async Task Run_CallsPerHourOutsideWhatTheApiAllows_UsageErrorNamingTheLimit(string callsPerHour, string expected)
    {
        var outcome = await RunAsync("run", "--simulate", "--calls-per-hour", callsPerHour, "--out", _folder.Combine("lake"));

        AssertOneLineError(outcome, ExitCodes.Usage, $"--calls-per-hour {callsPerHour} {expected}", "give 7 to 30");
        Assert.False(Directory.Exists(_folder.Combine("lake")));
    }

    [Fact]
    public async Task Run_CallsPerHourZero_NamesThatOptionOnly()
    {
        var outcome = await RunAsync("run", "--simulate", "--calls-per-hour", "0", "--out", _folder.Combine("lake"));

        AssertOneLineError(outcome, ExitCodes.Usage, "--calls-per-hour 0 is below 7");
        Assert.DoesNotContain("--simulate-faults", outcome.Errors, StringComparison.Ordinal);
        Assert.DoesNotContain("--simulate-pools", outcome.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BackfillLocal_CallsPerHourBelowOneRead_UsageError()
    {
        var outcome = await RunAsync("backfill", "--local", "--simulate", "--calls-per-hour", "5", "--out", _folder.Combine("lake"));

        AssertOneLineError(outcome, ExitCodes.Usage, "--calls-per-hour 5 is below 7");
    }

    [Theory]
    [InlineData("--date", "2026-13-01", "--date must be a UTC day written YYYY-MM-DD")]
    [InlineData("--pools", "12,abc", "--pools must hold positive pool ids")]
    [InlineData("--from", "2026-11-01", "--from and --to go together")]
    public async Task Run_RequestTheSchedulerRefuses_UsageErrorInTheOptionsNames(string option, string value, string expected)
    {
        var outcome = await RunAsync("run", "--simulate", option, value, "--out", _folder.Combine("lake"));

        AssertOneLineError(outcome, ExitCodes.Usage, expected);
        Assert.DoesNotContain($"\"{option[2..]}\"", outcome.Errors, StringComparison.Ordinal);
        Assert.DoesNotContain("scheduler input", outcome.Errors, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("run", "--bogus")]
    [InlineData("run", "--calls-per-hour", "many")]
    [InlineData("report", "--days")]
    [InlineData("nonsense")]
    public async Task AnyCommand_WhatTheParserRefuses_UsageErrorPointingAtTheHelp(params string[] args)
    {
        var outcome = await RunAsync(args);

        AssertOneLineError(outcome, ExitCodes.Usage, "--help");
    }

    [Fact]
    public async Task Report_UnknownType_UsageErrorAndTheGoodReportStays()
    {
        var (lake, html, good) = await GoodReportAsync();

        var outcome = await RunAsync("report", "--out", lake, "--html", html, "--types", "foo");

        AssertOneLineError(outcome, ExitCodes.Usage, "--types", "'foo'");
        Assert.Equal(good, await File.ReadAllTextAsync(html));
    }

    [Fact]
    public async Task Report_NothingToDraw_FailsAndTheGoodReportStays()
    {
        var (lake, html, good) = await GoodReportAsync();

        var outcome = await RunAsync("report", "--out", lake, "--html", html, "--types", "battery");

        Assert.Equal(ExitCodes.Failed, outcome.ExitCode);
        Assert.Contains("nothing was written", outcome.Human, StringComparison.Ordinal);
        Assert.Equal(good, await File.ReadAllTextAsync(html));
    }

    [Fact]
    public async Task Status_StackOutputsFileMissing_SaysHowToWriteIt()
    {
        var outcome = await RunAsync("status", "--stack-outputs", _folder.Combine("out.json"));

        AssertOneLineError(outcome, ExitCodes.Failed, "out.json", "npx cdk deploy --outputs-file");
    }

    [Fact]
    public async Task LoginPaste_NoNetwork_NamesTheHostAndWhatToDoNext()
    {
        var outcome = await CliRunner.RunAsync(_time, new PastingPrompt(), "login", "--paste", "--api-url", "http://127.0.0.1:1", "--token-file", _folder.Combine("token.json")).WaitAsync(Patience);

        AssertOneLineError(outcome, ExitCodes.Failed, "127.0.0.1:1", "nothing was stored", "ondilo-fanout login --paste");
        Assert.False(File.Exists(_folder.Combine("token.json")));
    }

    [Fact]
    public async Task RunJson_UsageError_StdoutEmptyAndTheErrorOnStderr()
    {
        var outcome = await RunAsync("run", "--simulate", "--calls-per-hour", "0", "--json", "--out", _folder.Combine("lake"));

        AssertOneLineError(outcome, ExitCodes.Usage, "--calls-per-hour 0");
        Assert.Equal(outcome.Errors, outcome.Human);
    }

    [Fact]
    public async Task RunJson_Failure_StdoutEmptyAndTheErrorOnStderr()
    {
        var outcome = await RunAsync("run", "--api-url", "http://127.0.0.1:1", "--token-file", await TokenFileAsync(), "--out", _folder.Combine("lake"), "--json").WaitAsync(Patience);

        AssertOneLineError(outcome, ExitCodes.Failed, "127.0.0.1:1");
        Assert.Equal(outcome.Errors, outcome.Human);
    }

    private Task<CliOutcome> RunAsync(params string[] args) => CliRunner.RunAsync(_time, args);

    private static void AssertOneLineError(CliOutcome outcome, int exitCode, params string[] expected)
    {
        Assert.True(exitCode == outcome.ExitCode, $"exit {outcome.ExitCode}, expected {exitCode}: {outcome.Errors}");
        var line = Assert.Single(outcome.Errors.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error: ", line, StringComparison.Ordinal);
        Assert.All(expected, text => Assert.Contains(text, line, StringComparison.Ordinal));
        Assert.DoesNotContain("   at ", outcome.Human, StringComparison.Ordinal);
        Assert.Empty(outcome.Json);
    }

    /// <summary>A lake of one pool and day before the clock's today, written by the lake's own sink.</summary>
    private async Task<string> SmallLakeAsync()
    {
        var lake = _folder.Combine("small-lake");
        await new LocalFolderSink(lake, _time).WriteAsync(LocalFolderSinkTests.Batch(30), CancellationToken.None);
        return lake;
    }

    /// <summary>A report of the small lake, as written by a successful <c>report</c>.</summary>
    private async Task<(string Lake, string Html, string Content)> GoodReportAsync()
    {
        var lake = await SmallLakeAsync();
        var html = _folder.Combine("report.html");
        Assert.Equal(ExitCodes.Ok, (await RunAsync("report", "--out", lake, "--html", html)).ExitCode);
        return (lake, html, await File.ReadAllTextAsync(html));
    }

    private async Task<string> TokenFileAsync()
    {
        var file = _folder.Combine("token.json");
        await File.WriteAllTextAsync(file, """{"access_token":"a","refresh_token":"r","token_type":"Bearer","expires_at":"2030-01-01T00:00:00Z"}""");
        return file;
    }

    /// <summary>Pastes back the address a browser would land on after consent, with the flow's own state.</summary>
    private sealed class PastingPrompt : ILoginPrompt
    {
        private string? _state;

        public void ShowAuthorizeUrl(Uri authorizeUrl, bool openBrowser) => _state = HttpUtility.ParseQueryString(authorizeUrl.Query)["state"];

        public Task<string?> ReadPastedUrlAsync(CancellationToken cancellationToken) =>
            Task.FromResult<string?>($"https://example.com/api?code=one-time-code&state={_state}");
    }
}
