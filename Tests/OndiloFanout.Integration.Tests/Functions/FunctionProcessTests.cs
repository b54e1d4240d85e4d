using System.Text.Json;
using System.Text.Json.Nodes;
using Amazon.SQS.Model;
using OndiloFanout.Cloud;
using OndiloFanout.Domain.Collection;
using OndiloFanout.Domain.Pools;
using OndiloFanout.Integration.Tests.Emulators;
using OndiloFanout.Integration.Tests.TestDoubles;
using OndiloFanout.Lambda;
using Xunit;

namespace OndiloFanout.Integration.Tests.Functions;

/// <summary>
/// Each function as Lambda runs it — a process serving a Runtime API — fed real event JSON, with its side effects
/// checked on the SQS and DynamoDB emulators and the Firehose stub. Runs the JIT build, and the Native AOT
/// bootstrap too when Tools/build-lambdas.sh has published it (as .ci/run does before the tests).
/// </summary>
[Collection(AwsEmulatorsCollection.Name)]
[Trait("Category", "TimeSensitive")]
public sealed class FunctionProcessTests(FauxqsFixture sqs, DynaliteFixture dynamo) : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    // Mid-morning UTC: yesterday has settled and no hour or day boundary is near, whatever the wall clock says.
    private static readonly DateTimeOffset Morning = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);
    private FunctionEnvironment _environment = null!;

    public static TheoryData<string> Builds()
    {
        var builds = new TheoryData<string> { "jit" };
        if (FunctionProcess.Locate("Functions.Scheduler", "scheduler", "aot") is not null && FunctionProcess.Locate("Functions.DeviceFetcher", "device-fetcher", "aot") is not null)
        {
            builds.Add("aot");
        }

        return builds;
    }

    public async Task InitializeAsync() => _environment = await FunctionEnvironment.StartAsync(sqs, dynamo, new FixedStartTimeProvider(Morning));

    public async Task DisposeAsync() => await _environment.DisposeAsync();

    private FunctionProcess Start(string project, string folder, string build, Action<Dictionary<string, string>>? change = null) =>
        Start(_environment, project, folder, build, change);

    private static FunctionProcess Start(FunctionEnvironment environment, string project, string folder, string build, Action<Dictionary<string, string>>? change = null)
    {
        var path = FunctionProcess.Locate(project, folder, build) ?? throw new InvalidOperationException($"{project} ({build}) is not built.");
        var variables = new Dictionary<string, string>(environment.Variables);
        change?.Invoke(variables);
        return FunctionProcess.Start(path, variables, environment.Time);
    }

    private Task<string> InvokeAsync(string requestId, string payload, bool expectError = false) =>
        InvokeAsync(_environment, requestId, payload, expectError);

    private static async Task<string> InvokeAsync(FunctionEnvironment environment, string requestId, string payload, bool expectError = false)
    {
        environment.Runtime.EnqueueInvocation(requestId, payload, environment.Time.GetUtcNow().AddSeconds(60));
        using var cancel = new CancellationTokenSource(Patience);
        var result = await environment.Runtime.WaitForResultAsync(requestId, cancel.Token);
        Assert.Equal(expectError, result.IsError);
        return expectError ? result.Error!.ErrorType : result.Body;
    }

    private void AssertLogs(FunctionProcess process) => AssertLogs(_environment, process);

    private static void AssertLogs(FunctionEnvironment environment, FunctionProcess process)
    {
        var lines = process.Output;
        Assert.NotEmpty(lines);
        var documents = lines.Select(line => JsonDocument.Parse(line).RootElement).ToList();
        var logs = documents.Where(d => d.TryGetProperty("level", out _)).ToList();
        Assert.NotEmpty(logs);
        Assert.All(logs, log =>
        {
            foreach (var key in new[] { "timestamp", "message", "service" })
            {
                Assert.True(log.TryGetProperty(key, out _), $"{key} missing in {log}");
            }
        });
        Assert.Contains(logs, log => log.TryGetProperty("function_request_id", out _) && log.TryGetProperty("cold_start", out _));
        Assert.Contains(documents, d => d.TryGetProperty("_aws", out _));
        var all = string.Join('\n', lines);
        Assert.DoesNotContain(environment.Token.AccessToken, all, StringComparison.Ordinal);
        Assert.DoesNotContain(environment.Token.RefreshToken, all, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Builds))]
    public async Task Scheduler_ScheduledEventMonthAndBadInput_AnswersAndEnqueues(string build)
    {
        await using var process = Start("Functions.Scheduler", "scheduler", build);
        var scheduled = """
            {"version":"0","id":"c5fc4d2e-2f1a-4c0e-9f0e-5b1d4f0e8a11","detail-type":"Scheduled Event","source":"aws.events","account":"123456789012",
             "time":"TIME","region":"us-east-1","resources":["arn:aws:events:us-east-1:123456789012:rule/daily"],"detail":{}}
            """.Replace("TIME", _environment.Time.GetUtcNow().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

        using var daily = JsonDocument.Parse(await InvokeAsync("daily", scheduled));
        using var month = JsonDocument.Parse(await InvokeAsync("month", """{"month":"true"}"""));
        var refused = await InvokeAsync("bad", """{"month":"yes"}""", expectError: true);

        // On an empty ledger the daily run also heals the 29 days of the API's history before yesterday, per pool.
        Assert.Equal(2 * 29, daily.RootElement.GetProperty("healed").GetInt32());
        Assert.Equal(2 + (2 * 29), daily.RootElement.GetProperty("enqueued").GetInt32());
        Assert.Equal("schedule", daily.RootElement.GetProperty("trigger").GetString());
        Assert.Equal(60, month.RootElement.GetProperty("enqueued").GetInt32());
        Assert.Equal("SchedulerInputException", refused);
        Assert.Equal(120, await FunctionEnvironment.CountAsync(sqs, _environment.QueueUrl));
        Assert.Equal(2, _environment.Simulator.RequestCount);
        AssertLogs(process);
    }

    [Theory]
    [MemberData(nameof(Builds))]
    public async Task Scheduler_MissingSetting_ReportsAnInitErrorAndExits(string build)
    {
        await using var process = Start("Functions.Scheduler", "scheduler", build, v => v.Remove(Contracts.SettingNames.StateTableName));

        using var cancel = new CancellationTokenSource(Patience);
        var error = await _environment.Runtime.WaitForInitErrorAsync(cancel.Token);
        var exit = await process.WaitForExitAsync(Patience);

        Assert.Contains(Contracts.SettingNames.StateTableName, error.Error!.ErrorMessage, StringComparison.Ordinal);
        Assert.NotEqual(0, exit);
    }

    [Theory]
    [MemberData(nameof(Builds))]
    public async Task DeviceFetcher_GoodPoisonAndFailingMessages_OnlyTheFailingOneReturns(string build)
    {
        var pools = _environment.Simulator.Account.Pools;
        var day = UtcDay.Of(_environment.Time.GetUtcNow()).AddDays(-3);
        WorkMessage Message(long pool) => new() { Version = 1, RunId = "run-1", PoolId = pool, PoolName = "p", Day = day, Types = ["temperature", "ph"], Window = MeasurePeriod.Week };
        _environment.Aws.RefuseRecordsContaining = $"\"poolId\":{pools[1].Id},";
        await using var process = Start("Functions.DeviceFetcher", "device-fetcher", build);
        var batch = new JsonObject
        {
            ["Records"] = new JsonArray(
                Sqs("good", WorkMessageCodec.Serialize(Message(pools[0].Id))),
                Sqs("poison", """{"v":1,"runId":"r"}"""),
                Sqs("failing", WorkMessageCodec.Serialize(Message(pools[1].Id)))),
        }.ToJsonString();

        using var response = JsonDocument.Parse(await InvokeAsync("batch", batch));

        var failures = response.RootElement.GetProperty("batchItemFailures").EnumerateArray().Select(f => f.GetProperty("itemIdentifier").GetString()).ToList();
        Assert.Equal(["failing"], failures);
        var dead = await sqs.Client.ReceiveMessageAsync(new ReceiveMessageRequest { QueueUrl = _environment.DeadLetterQueueUrl, MessageAttributeNames = ["All"], MaxNumberOfMessages = 10 });
        var letter = Assert.Single(dead.Messages);
        Assert.Contains("not a valid work message", letter.MessageAttributes[SqsMessageAttributes.Reason].StringValue, StringComparison.Ordinal);
        var state = new DynamoDbStateStore(dynamo.Client, _environment.TableName, _environment.Time, 20);
        var ledger = await state.GetAsync(pools[0].Id, day.AddDays(-7), day.AddDays(3), CancellationToken.None);
        Assert.Contains(day, ledger.Keys);
        Assert.Contains(_environment.Aws.DeliveredLines, line => line.Contains($"\"poolId\":{pools[0].Id},", StringComparison.Ordinal));
        Assert.DoesNotContain(_environment.Aws.DeliveredLines, line => line.Contains($"\"poolId\":{pools[1].Id},", StringComparison.Ordinal));
        Assert.Empty(await state.GetAsync(pools[1].Id, day.AddDays(-7), day.AddDays(3), CancellationToken.None));
        Assert.All(_environment.Aws.Authorizations, header => Assert.StartsWith("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/", header, StringComparison.Ordinal));
        AssertLogs(process);
    }

    [Theory]
    [MemberData(nameof(Builds))]
    public async Task DeviceFetcher_BatchAtHalfPastMidnight_CollectsSettledDaysAtOnceAndLeavesYesterdayPartial(string build)
    {
        // Before 02:00 UTC yesterday still lacks its last uploads, but older days are settled: the fetcher reads them at
        // once, writes yesterday only up to what had surely been uploaded (partial), and defers nothing; only the
        // poison message is dead-lettered.
        await using var night = await FunctionEnvironment.StartAsync(sqs, dynamo, new FixedStartTimeProvider(new DateTimeOffset(2027, 1, 1, 0, 30, 0, TimeSpan.Zero)));
        var pools = night.Simulator.Account.Pools;
        var yesterday = UtcDay.Of(night.Time.GetUtcNow()).AddDays(-1);
        var day = yesterday.AddDays(-2);
        await using var process = Start(night, "Functions.DeviceFetcher", "device-fetcher", build);
        var batch = new JsonObject
        {
            ["Records"] = new JsonArray(
                Sqs("first", WorkMessageCodec.Serialize(new WorkMessage { Version = 1, RunId = "run-1", PoolId = pools[0].Id, PoolName = "p", Day = day, Types = ["temperature", "ph"], Window = MeasurePeriod.Week })),
                Sqs("poison", """{"v":1,"runId":"r"}"""),
                Sqs("second", WorkMessageCodec.Serialize(new WorkMessage { Version = 1, RunId = "run-1", PoolId = pools[1].Id, PoolName = "p", Day = day, Types = ["temperature", "ph"], Window = MeasurePeriod.Week }))),
        }.ToJsonString();

        using var response = JsonDocument.Parse(await InvokeAsync(night, "batch", batch));

        Assert.Empty(response.RootElement.GetProperty("batchItemFailures").EnumerateArray());
        Assert.Equal(0, await FunctionEnvironment.CountAsync(sqs, night.QueueUrl));
        Assert.Equal(1, await FunctionEnvironment.CountAsync(sqs, night.DeadLetterQueueUrl));
        var state = new DynamoDbStateStore(dynamo.Client, night.TableName, night.Time, 20);
        foreach (var pool in pools.Take(2))
        {
            var ledger = await state.GetAsync(pool.Id, day.AddDays(-7), yesterday, CancellationToken.None);
            Assert.Equal(DayStatus.Complete, ledger[day].Status);
            Assert.Equal(DayStatus.Partial, ledger[yesterday].Status);
            Assert.Contains(night.Aws.DeliveredLines, line => line.Contains($"\"poolId\":{pool.Id},", StringComparison.Ordinal));
        }

        AssertLogs(night, process);
    }

    [Theory]
    [MemberData(nameof(Builds))]
    public async Task DeviceFetcher_MonthWindowsOfFivePools_FitTheirMemoryWithTimeToSpare(string build)
    {
        // The stack's 256 MB / 120 s must hold a heavy batch: messages of five different pools, each reading a month.
        // The Native AOT bootstrap Lambda runs fits in 128 MB; the JIT build (runtime and JIT included) needs about
        // 150 MB here, which the stack's 256 MB holds.
        var limitMiB = build == "aot" ? 128 : 256;
        await using var simulatorOfTen = await global::Ondilo.Simulator.OndiloSimulatorHost.StartAsync(new global::Ondilo.Simulator.SimulatorOptions { Pools = 10, QuotaEnabled = false }, _environment.Time, CancellationToken.None);
        var minted = simulatorOfTen.IssueToken();
        _environment.Aws.Secret = OndiloFanout.Ondilo.OndiloTokenFormat.Serialize(new OndiloFanout.Ondilo.OndiloToken { AccessToken = minted.AccessToken, RefreshToken = minted.RefreshToken, ExpiresAt = _environment.Time.GetUtcNow().AddHours(1) });
        await using var process = Start("Functions.DeviceFetcher", "device-fetcher", build, v =>
        {
            v[Contracts.SettingNames.ApiBaseUrl] = simulatorOfTen.BaseUri.ToString();
            v[Contracts.SettingNames.CallsPerHour] = "30";
        });
        var day = UtcDay.Of(_environment.Time.GetUtcNow()).AddDays(-20);
        var records = new JsonArray();
        foreach (var pool in simulatorOfTen.Account.Pools.Take(5))
        {
            records.Add(Sqs($"m-{pool.Id}", WorkMessageCodec.Serialize(new WorkMessage { Version = 1, RunId = "r", PoolId = pool.Id, PoolName = pool.Name, Day = day, Types = ["temperature", "ph", "orp", "salt", "tds", "battery"], Window = MeasurePeriod.Month })));
        }

        var started = System.Diagnostics.Stopwatch.StartNew();
        using var response = JsonDocument.Parse(await InvokeAsync("heavy", new JsonObject { ["Records"] = records }.ToJsonString()));
        var elapsed = started.Elapsed;
        var peak = process.PeakResidentMiB();

        Assert.Empty(response.RootElement.GetProperty("batchItemFailures").EnumerateArray());
        Assert.All(simulatorOfTen.Account.Pools.Take(5), pool => Assert.Contains(_environment.Aws.DeliveredLines, line => line.Contains($"\"poolId\":{pool.Id},", StringComparison.Ordinal)));
        Assert.True(peak is null || peak < limitMiB, $"peak RSS {peak:0.0} MiB, more than {limitMiB} MiB");
        Assert.True(elapsed < TimeSpan.FromSeconds(60), $"{elapsed.TotalSeconds:0.0} s for five month-window pools");
        Console.WriteLine($"{build}: five pools x six month windows in {elapsed.TotalSeconds:0.0} s, peak RSS {peak:0.0} MiB");
    }

    private static JsonObject Sqs(string id, string body) => new()
    {
        ["messageId"] = id,
        ["receiptHandle"] = $"handle-{id}",
        ["body"] = body,
        ["attributes"] = new JsonObject { ["ApproximateReceiveCount"] = "1", ["SentTimestamp"] = "1764000000000" },
        ["messageAttributes"] = new JsonObject(),
        ["md5OfBody"] = "00000000000000000000000000000000",
        ["eventSource"] = "aws:sqs",
        ["eventSourceARN"] = "arn:aws:sqs:us-east-1:123456789012:work",
        ["awsRegion"] = "us-east-1",
    };
}
