using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Amazon.S3.Model;
using Ondilo.Simulator;
using OndiloFanout.Cloud;
using OndiloFanout.Cloud.SecretsManager;
using OndiloFanout.Cli.Aws;
using OndiloFanout.Contracts;
using OndiloFanout.Domain.Collection;
using OndiloFanout.Integration.Tests.Emulators;
using OndiloFanout.Integration.Tests.Functions;
using OndiloFanout.Integration.Tests.TestDoubles;
using OndiloFanout.Lambda;
using OndiloFanout.Local;
using OndiloFanout.Ondilo;
using OndiloFanout.Pipeline.Scheduler;
using OndiloFanout.Tests.Reliability;
using OndiloFanout.Tests.TestDoubles;
using Xunit;

namespace OndiloFanout.Integration.Tests.EndToEnd;

/// <summary>
/// The whole AWS pipeline judged by an emulator this project did not write: the scheduler and fetcher functions as
/// processes (the JIT build, and the Native AOT bootstrap when built), talking through their real AWS adapters to moto's
/// Secrets Manager, SQS, DynamoDB, Firehose and S3, with a poller standing in for Lambda's SQS event source. What
/// Firehose delivered into moto's S3 is audited against the simulator's ground truth.
/// </summary>
[Collection(MotoCollection.Name)]
[Trait("Category", "TimeSensitive")]
public sealed class MotoPipelineTests(MotoFixture moto) : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);
    // Mid-morning UTC: yesterday has settled and no hour or day boundary is near, whatever the wall clock says.
    private static readonly DateTimeOffset Morning = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);
    private readonly HttpClient _http = new();

    public void Dispose() => _http.Dispose();

    [Theory]
    [MemberData(nameof(FunctionProcessTests.Builds), MemberType = typeof(FunctionProcessTests))]
    public async Task MonthBackfill_SchedulerQueueFetcherFirehose_EveryMeasureOnceInS3WithTheTokenAndSnapshotInMoto(string build)
    {
        var time = new FixedStartTimeProvider(Morning);
        await using var simulator = await OndiloSimulatorHost.StartAsync(new SimulatorOptions { Pools = 2 }, time, CancellationToken.None);
        var minted = simulator.IssueToken();
        // Expired: the first function refreshes it and must write the new token back to the secret.
        var stale = new OndiloToken { AccessToken = minted.AccessToken, RefreshToken = minted.RefreshToken, ExpiresAt = Morning.AddMinutes(-5), Scope = "api" };
        var stack = await MotoStack.CreateAsync(moto, _http, OndiloTokenFormat.Serialize(stale), time);
        stack.Variables[SettingNames.ApiBaseUrl] = simulator.BaseUri.ToString();

        var plannedAt = time.GetUtcNow();
        var plan = JsonSerializer.Deserialize(
            await RunOnceAsync("Functions.Scheduler", "scheduler", build, stack, time, """{"month":"true"}"""),
            SchedulerJsonContext.Default.SchedulerSummary)!;
        var logs = await DrainThroughTheFetcherAsync(build, stack, time);
        var audit = await GroundTruth.AuditAsync(
            new AuditInput
            {
                Account = simulator.Account,
                Plan = plan,
                PlannedAt = plannedAt,
                Ledger = new DynamoDbStateStore(moto.DynamoDb, stack.TableName, time, QuotaLimits.DefaultCallsPerHour),
                Lake = await ReadDeliveredAsync(stack),
                DeadLetters = await DeadLettersAsync(stack),
            },
            CancellationToken.None);

        Assert.True(audit.Problems.Count == 0, audit.ToString());
        Assert.Equal((60, 58, 2, 0, 0), (plan.Enqueued, audit.Complete, audit.Closed, audit.DeadLettered, audit.Duplicates));
        var secret = OndiloTokenFormat.Parse((await stack.Secrets.GetSecretValueAsync(new GetSecretValueRequest { SecretId = stack.SecretName }, CancellationToken.None)).SecretString!);
        Assert.NotEqual(stale.AccessToken, secret.AccessToken);
        Assert.True(secret.ExpiresAt > Morning, $"{secret.ExpiresAt:O}");
        Assert.Equal(1, simulator.RequestCountFor("/oauth2/token"));
        var versions = await stack.SendAsync(AwsServiceDescriptor.SecretsManager, "ListSecretVersionIds", new JsonObject { ["SecretId"] = stack.SecretName });
        Assert.Equal(2, versions["Versions"]!.AsArray().Count);
        Assert.Equal(simulator.Account.Pools.Select(p => p.Id).Order(), await ReadSnapshotPoolIdsAsync(stack, plan.RunId));
        foreach (var token in new[] { stale.AccessToken, stale.RefreshToken, secret.AccessToken, secret.RefreshToken })
        {
            Assert.DoesNotContain(token, logs, StringComparison.Ordinal);
        }
    }

    /// <summary>Starts the function as a process, invokes it once with <paramref name="payload"/>, stops it; returns its answer.</summary>
    private static async Task<string> RunOnceAsync(string project, string folder, string build, MotoStack stack, TimeProvider time, string payload)
    {
        await using var runtime = await LambdaFakeRuntimeApi.StartAsync(CancellationToken.None);
        await using var process = Start(project, folder, build, stack, runtime, time);
        return await InvokeAsync(runtime, time, payload);
    }

    /// <summary>Polls the work queue like Lambda's event source mapping, each batch an invocation of the fetcher process; returns its logs.</summary>
    private async Task<string> DrainThroughTheFetcherAsync(string build, MotoStack stack, TimeProvider time)
    {
        await using var runtime = await LambdaFakeRuntimeApi.StartAsync(CancellationToken.None);
        await using var process = Start("Functions.DeviceFetcher", "device-fetcher", build, stack, runtime, time);
        await new EventSourcePoller(moto.Sqs, stack.QueueUrl).DrainAsync(
            async (batch, _, _) => JsonSerializer.Deserialize(
                await InvokeAsync(runtime, time, JsonSerializer.Serialize(batch, LambdaJsonContext.Default.SQSEvent)),
                LambdaJsonContext.Default.SQSBatchResponse)!,
            CancellationToken.None);
        return string.Join('\n', process.Output);
    }

    private static FunctionProcess Start(string project, string folder, string build, MotoStack stack, LambdaFakeRuntimeApi runtime, TimeProvider time)
    {
        var path = FunctionProcess.Locate(project, folder, build) ?? throw new InvalidOperationException($"{project} ({build}) is not built.");
        var variables = new Dictionary<string, string>(stack.Variables)
        {
            [LambdaEnvironmentVariables.RuntimeApi] = runtime.Address,
            [LambdaEnvironmentVariables.FunctionName] = "ondilo-fanout-" + folder,
            [LambdaEnvironmentVariables.FunctionMemorySize] = "256",
        };
        return FunctionProcess.Start(path, variables, time);
    }

    private static async Task<string> InvokeAsync(LambdaFakeRuntimeApi runtime, TimeProvider time, string payload)
    {
        var requestId = Guid.NewGuid().ToString("N");
        runtime.EnqueueInvocation(requestId, payload, time.GetUtcNow() + Patience);
        using var cancel = new CancellationTokenSource(Patience);
        var result = await runtime.WaitForResultAsync(requestId, cancel.Token);
        return result.IsError ? throw new InvalidOperationException($"The function failed: {result.Body}") : result.Body;
    }

    /// <summary>Every object the stream delivered, split back into the records the fetcher sent.</summary>
    private async Task<IReadOnlyList<MeasureRecord>> ReadDeliveredAsync(MotoStack stack)
    {
        var records = new List<MeasureRecord>();
        foreach (var key in await ListAsync(stack.Bucket, MotoStack.StreamPrefix))
        {
            records.AddRange((await ReadLinesAsync(stack.Bucket, key)).Select(line => JsonSerializer.Deserialize(line, MeasureRecordJsonContext.Default.MeasureRecord)!));
        }

        return records;
    }

    private async Task<IReadOnlyList<DeadLetter>> DeadLettersAsync(MotoStack stack) =>
        (await new SqsQueueInspector(moto.Sqs).PeekAsync(stack.DeadLetterQueueUrl, 1_000, TimeSpan.Zero, CancellationToken.None))
            .Select(m => new DeadLetter(m.Body, m.Reason ?? "moved after maxReceiveCount", m.ReceiveCount, Morning))
            .ToArray();

    private async Task<IEnumerable<long>> ReadSnapshotPoolIdsAsync(MotoStack stack, string runId)
    {
        var key = Assert.Single(await ListAsync(stack.Bucket, LakeLayout.PoolSnapshotFolder));
        Assert.Equal($"pools/snapshotdate=2026-11-25/pools-{runId}.jsonl", key);
        return (await ReadLinesAsync(stack.Bucket, key)).Select(line => JsonSerializer.Deserialize(line, PoolSnapshotJsonContext.Default.PoolSnapshotRecord)!.PoolId).Order();
    }

    private async Task<IReadOnlyList<string>> ListAsync(string bucket, string prefix)
    {
        var keys = new List<string>();
        var request = new ListObjectsV2Request { BucketName = bucket, Prefix = prefix };
        ListObjectsV2Response page;
        do
        {
            page = await moto.S3.ListObjectsV2Async(request);
            keys.AddRange((page.S3Objects ?? []).Select(o => o.Key));
            request.ContinuationToken = page.NextContinuationToken;
        }
        while (page.IsTruncated == true);

        return keys;
    }

    private async Task<string[]> ReadLinesAsync(string bucket, string key)
    {
        using var response = await moto.S3.GetObjectAsync(bucket, key);
        using var reader = new StreamReader(response.ResponseStream, Encoding.UTF8);
        return (await reader.ReadToEndAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }
}
