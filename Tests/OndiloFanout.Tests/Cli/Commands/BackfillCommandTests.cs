using System.CommandLine;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using OndiloFanout.Cli;
using OndiloFanout.Cli.Commands;
using OndiloFanout.Cli.Rendering;
using OndiloFanout.Tests.TestDoubles;
using Xunit;

namespace OndiloFanout.Tests.Cli.Commands;

/// <summary><c>backfill</c> against a stub Lambda endpoint (the wire format and signature of Invoke), and <c>--local</c> on the simulator.</summary>
public sealed class BackfillCommandTests : IAsyncLifetime, IDisposable
{
    private const string Summary =
        """{"runId":"20261124T130000Z-ab12","trigger":"month","from":"2026-10-25","to":"2026-11-23","pools":2,"poolIds":[1704,2211],"unknownPools":[],"planned":60,"enqueued":60,"skipped":0,"refused":0,"settling":0,"healed":0,"apiCalls":2,"dryRun":false}""";

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 24, 13, 0, 0, TimeSpan.Zero));
    private readonly CliTestConsole _console = new();
    private readonly LocalTempFolder _folder = new();
    private AwsStubEndpoint _lambda = null!;

    public async Task InitializeAsync() => _lambda = await AwsStubEndpoint.StartAsync();

    public async Task DisposeAsync() => await _lambda.DisposeAsync();

    public void Dispose()
    {
        _console.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public async Task Backfill_NoDayChosen_InvokesTheSchedulerForTheMonthSignedAndShowsItsSummary()
    {
        _lambda.Answer(200, Summary, ("X-Amz-Executed-Version", "$LATEST"));

        var exit = await InvokeAsync("--function-name", "OndiloFanout-Scheduler");

        Assert.Equal(ExitCodes.Ok, exit);
        var request = Assert.Single(_lambda.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/2015-03-31/functions/OndiloFanout-Scheduler/invocations", request.PathAndQuery);
        Assert.Equal("RequestResponse", request.Headers["X-Amz-Invocation-Type"]);
        Assert.Equal("application/json", request.Headers["Content-Type"]);
        Assert.Equal("""{"month":true}""", request.BodyText);
        Assert.Equal("20261124T130000Z", request.Headers["X-Amz-Date"]);
        Assert.Equal("session-token-example", request.Headers["X-Amz-Security-Token"]);
        Assert.Equal(AwsLambdaInvokeSignature.Expected(request, _lambda.Endpoint, _time), request.Headers["Authorization"]);
        Assert.StartsWith("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20261124/eu-west-1/lambda/aws4_request, SignedHeaders=", request.Headers["Authorization"], StringComparison.Ordinal);
        Assert.Contains("""Invoking OndiloFanout-Scheduler with {"month":true}""", _console.Human, StringComparison.Ordinal);
        Assert.Contains("Run 20261124T130000Z-ab12 (month, 2026-10-25 → 2026-11-23)", _console.Human, StringComparison.Ordinal);
        Assert.Contains("2 (1704, 2211)", _console.Human, StringComparison.Ordinal);
        Assert.Matches(@"Messages enqueued\s+│\s+60", _console.Human);
        Assert.Empty(_console.Json);
    }

    [Fact]
    public async Task Backfill_MonthOfMorePoolsThanADayReads_ShowsThePlanAndThePoolsLeftForTheDailyRuns()
    {
        const string many = """{"runId":"20261124T130000Z-ab12","trigger":"month","from":"2026-10-25","to":"2026-11-23","pools":1000,"poolIds":[],"unknownPools":[],"planned":1920,"enqueued":1920,"skipped":0,"refused":0,"settling":0,"healed":0,"reads":{"pools":64,"poolsLeft":936,"callsPlanned":384,"readsPerDay":64,"maxPools":1792,"intervalDays":16,"lagDays":31,"lagBoundDays":33,"catchUpDays":16,"firstExpiry":"2026-11-24T13:00:00+00:00","expiryDays":0,"hoursLost":0},"apiCalls":2,"dryRun":true}""";
        _lambda.Answer(200, many);

        var exit = await InvokeAsync("--function-name", "f", "--dry-run");

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Matches(@"Pools read\s+│\s+64 of 1,000 \(936 left for later daily runs\)", _console.Human);
        Assert.Matches(@"Calls planned\s+│\s+384", _console.Human);
        Assert.Matches(@"Read interval\s+│\s+every 16 day\(s\)", _console.Human);
        Assert.Matches(@"Lake lag\s+│\s+31 day\(s\) \(at most 33\)", _console.Human);
        Assert.Matches(@"First history expiry\s+│\s+in 0.0 day\(s\)", _console.Human);
    }

    [Fact]
    public async Task Backfill_RangePoolsForceDryRunJson_SendsThemAndPrintsOnlyTheSummary()
    {
        _lambda.Answer(200, Summary);

        var exit = await InvokeAsync("--function-name", "f", "--from", "2026-11-01", "--to", "2026-11-07", "--pools", "1704, 2211", "--force", "--dry-run", "--json");

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Equal("""{"from":"2026-11-01","to":"2026-11-07","pools":["1704","2211"],"force":true,"dryRun":true}""", _lambda.Requests[0].BodyText);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(Summary), JsonNode.Parse(_console.Json)));
        Assert.Empty(_console.Human);
    }

    [Fact]
    public async Task Backfill_StackOutputsFile_InvokesTheStacksScheduler()
    {
        var outputs = _folder.Combine("outputs.json");
        await File.WriteAllTextAsync(outputs, """{"OndiloFanout":{"StateTableName":"state","SchedulerFunctionName":"OndiloFanout-SchedulerFn-Ab12","WorkQueueUrl":"q"}}""");
        _lambda.Answer(200, Summary);

        var exit = await InvokeAsync("--stack-outputs", outputs, "--date", "2026-11-20");

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Equal("/2015-03-31/functions/OndiloFanout-SchedulerFn-Ab12/invocations", _lambda.Requests[0].PathAndQuery);
        Assert.Equal("""{"date":"2026-11-20"}""", _lambda.Requests[0].BodyText);
    }

    [Fact]
    public async Task Backfill_StackOutputsWithoutScheduler_FailsWithoutCalling()
    {
        var outputs = _folder.Combine("outputs.json");
        await File.WriteAllTextAsync(outputs, """{"OndiloFanout":{"StateTableName":"state"}}""");

        var exit = await InvokeAsync("--stack-outputs", outputs);

        Assert.Equal(ExitCodes.Failed, exit);
        Assert.Contains("has no SchedulerFunctionName output", _console.Human, StringComparison.Ordinal);
        Assert.Empty(_lambda.Requests);
    }

    [Theory]
    [InlineData(200, """{"errorType":"OndiloApiException","errorMessage":"GET /pools answered 500 Internal Server Error.","stackTrace":["at X"]}""", "X-Amz-Function-Error", "Unhandled",
        ExitCodes.Failed, "The scheduler failed: OndiloApiException: GET /pools answered 500 Internal Server Error.", "Its log group has the details")]
    [InlineData(200, """{"errorType":"SchedulerInputException","errorMessage":"'from' is after 'to'.","stackTrace":[]}""", "X-Amz-Function-Error", "Unhandled",
        ExitCodes.Usage, "The scheduler refused the request: 'from' is after 'to'.", "Nothing was enqueued.")]
    [InlineData(404, """{"Type":"User","message":"Function not found: arn:aws:lambda:eu-west-1:1:function:f"}""", "x-amzn-ErrorType", "ResourceNotFoundException",
        ExitCodes.Failed, "Lambda refused the call (ResourceNotFoundException): Function not found", "Check the function name")]
    [InlineData(403, """{"Type":"User","Message":"User is not authorized to perform: lambda:InvokeFunction"}""", "x-amzn-ErrorType", "AccessDeniedException",
        ExitCodes.Failed, "Lambda refused the call (AccessDeniedException)", "they need lambda:InvokeFunction on the scheduler")]
    public async Task Backfill_FunctionOrLambdaError_ShowsItWithTheNextStep(int status, string body, string header, string value, int expectedExit, string message, string hint)
    {
        _lambda.Answer(status, body, (header, value));

        var exit = await InvokeAsync("--function-name", "f", "--from", "2026-11-01", "--to", "2026-11-07");

        Assert.Equal(expectedExit, exit);
        Assert.Contains(message, _console.Human, StringComparison.Ordinal);
        Assert.Contains(hint, _console.Human, StringComparison.Ordinal);
        Assert.Single(_lambda.Requests);
    }

    [Fact]
    public async Task Backfill_AnswerIsNotASchedulerSummary_SaysSo()
    {
        _lambda.Answer(200, """{"batchItemFailures":[]}""");

        var exit = await InvokeAsync("--function-name", "OndiloFanout-DeviceFetcher");

        Assert.Equal(ExitCodes.Failed, exit);
        Assert.Contains("is it the scheduler function?", _console.Human, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Backfill_NoFunctionName_ExitsUsageWithoutCalling()
    {
        var exit = await InvokeAsync("--month");

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("Give --function-name NAME or --stack-outputs FILE", _console.Human, StringComparison.Ordinal);
        Assert.Contains("describe-stacks", _console.Human, StringComparison.Ordinal);
        Assert.Empty(_lambda.Requests);
    }

    [Theory]
    [InlineData("--simulate", null, "--simulate belongs to the embedded pipeline: add --local.")]
    [InlineData("--out", "lake", "--out belongs to the embedded pipeline: add --local.")]
    public async Task Backfill_PipelineOptionWithoutLocal_ExitsUsageWithoutCalling(string option, string? value, string expected)
    {
        var exit = await InvokeAsync(["--function-name", "f", option, .. value is null ? Array.Empty<string>() : [value]]);

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains(expected, _console.Human, StringComparison.Ordinal);
        Assert.Empty(_lambda.Requests);
    }

    [Fact]
    public async Task Backfill_LocalWithFunctionName_ExitsUsage()
    {
        var exit = await InvokeAsync("--local", "--simulate", "--function-name", "f", "--out", _folder.Path);

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("--function-name names the deployed scheduler, which --local does not use.", _console.Human, StringComparison.Ordinal);
        Assert.Empty(_folder.AllFiles());
    }

    [Fact]
    public async Task Backfill_LocalOnTheSimulator_CollectsTheMonthIntoTheLake()
    {
        var exit = await InvokeAsync("--local", "--simulate", "--simulate-pools", "1", "--out", _folder.Path, "--json");

        Assert.Equal(ExitCodes.Ok, exit);
        var printed = JsonNode.Parse(_console.Json)!;
        Assert.Equal("month", (string?)printed["trigger"]);
        Assert.Equal(30, (int)printed["deviceDaysPlanned"]!);
        Assert.Equal(30, (int)printed["deviceDaysCollected"]!);
        Assert.Equal(0, (int)printed["deadLettered"]!);
        var days = _folder.AllFiles().Where(f => f.StartsWith("deviceId=", StringComparison.Ordinal) && f.EndsWith(".jsonl", StringComparison.Ordinal))
            .Select(f => f[..f.LastIndexOf('/')]).Distinct().Count();
        Assert.Equal(30, days);
        Assert.Empty(_lambda.Requests);
    }

    [Fact]
    public async Task Help_Backfill_IsInTheCommandTreeWithExamples()
    {
        using var output = new StringWriter();
        var root = CliApp.Create(_console.Ui, new ConsoleLoginPrompt(Spectre.Console.AnsiConsole.Console, TextReader.Null), _time);

        var exit = await root.Parse(["backfill", "--help"]).InvokeAsync(new InvocationConfiguration { Output = output });

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Contains("ondilo-fanout backfill --local --simulate", output.ToString(), StringComparison.Ordinal);
        foreach (var option in new[] { "--function-name", "--stack-outputs", "--from", "--to", "--pools", "--force", "--dry-run", "--json", "--local", "--simulate", "--out" })
        {
            Assert.Contains(option, output.ToString(), StringComparison.Ordinal);
        }
    }

    private Task<int> InvokeAsync(params string[] args)
    {
        var root = new RootCommand { BackfillCommand.Create(_console.Ui, new CliStubAwsClients(_lambda.Endpoint), _time) };
        return root.Parse(["backfill", .. args]).InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false }, CancellationToken.None);
    }
}
