using Amazon.SQS.Model;
using Microsoft.Extensions.Time.Testing;
using OndiloFanout.Aws;
using OndiloFanout.Aws.Firehose;
using OndiloFanout.Aws.Signing;
using OndiloFanout.Collection;
using OndiloFanout.Composition;
using OndiloFanout.Functions.DeviceFetcher;
using OndiloFanout.Functions.Scheduler;
using OndiloFanout.Integration.Tests.Emulators;
using OndiloFanout.Integration.Tests.Functions;
using OndiloFanout.Integration.Tests.TestDoubles;
using OndiloFanout.Lambda;
using OndiloFanout.Logging;
using OndiloFanout.Ondilo;
using Xunit;

namespace OndiloFanout.Integration.Tests.EndToEnd;

/// <summary>
/// The AWS pipeline on emulators: scheduler → fauxqs SQS → a poller that behaves like Lambda's event source mapping
/// (batches of 10, batchItemFailures left to the visibility timeout, a redrive policy to the DLQ) → fetcher →
/// Firehose stub, with the simulator as the Ondilo API and the state in dynalite.
/// </summary>
[Collection(AwsEmulatorsCollection.Name)]
public sealed class EmulatorPipelineTests(FauxqsFixture sqs, DynaliteFixture dynamo) : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.Zero));
    private FunctionEnvironment _environment = null!;

    public async Task InitializeAsync() => _environment = await FunctionEnvironment.StartAsync(sqs, dynamo, _time);

    public async Task DisposeAsync() => await _environment.DisposeAsync();

    [Fact]
    public async Task MonthTwice_EveryDeviceDayOnceThenNothing()
    {
        await sqs.Client.SetQueueAttributesAsync(new SetQueueAttributesRequest
        {
            QueueUrl = _environment.QueueUrl,
            Attributes = new Dictionary<string, string> { ["RedrivePolicy"] = $$"""{"deadLetterTargetArn":"{{await ArnOfAsync(_environment.DeadLetterQueueUrl)}}","maxReceiveCount":"5"}""" },
        });

        var first = await RunAsync();
        var lines = _environment.Aws.DeliveredLines.Count;
        var second = await RunAsync();

        var records = _environment.Aws.DeliveredLines.Select(line => System.Text.Json.JsonSerializer.Deserialize(line, CollectionJsonContext.Default.MeasureRecord)!).ToList();
        Assert.Equal(records.Count, records.Select(r => r.RecordId).Distinct().Count());
        Assert.All(records.GroupBy(r => r.PoolId), pool => Assert.True(pool.Select(r => r.Day).Distinct().Count() >= 29, $"pool {pool.Key}"));
        Assert.Equal(2, records.Select(r => r.PoolId).Distinct().Count());
        Assert.True(first <= 2 + (6 * 2), $"{first} calls");
        Assert.Equal(lines, _environment.Aws.DeliveredLines.Count);
        Assert.True(second <= 2, $"{second} calls");
        Assert.Equal(0, await FunctionEnvironment.CountAsync(sqs, _environment.DeadLetterQueueUrl));
    }

    /// <summary>One scheduler run and the queue drained; returns the API calls the simulator received.</summary>
    private async Task<int> RunAsync()
    {
        var before = _environment.Simulator.RequestCount;
        using var http = new HttpClient();
        var state = new DynamoDbStateStore(dynamo.Client, _environment.TableName, _time, 20);
        var queue = new SqsWorkQueue(sqs.Client, _environment.QueueUrl, _environment.DeadLetterQueueUrl, _time);
        var tokens = new InMemoryTokenStore(OndiloTokenFormat.Parse(_environment.Aws.Secret!));
        // Paced like production (the simulator enforces 5 calls per second), on the fake clock.
        using var ondilo = new OndiloConnection(http, tokens, state, new OndiloClientOptions { BaseUri = _environment.Simulator.BaseUri }, _time, QuotaGate.DefaultMinimumInterval, AdvanceToAsync);
        var firehose = new AwsJsonClient(
            http,
            new AwsJsonClientSettings { Service = AwsServiceDescriptor.Firehose, Region = "us-east-1", Endpoint = _environment.Aws.Endpoint },
            new StaticCredentials(),
            new AwsSigV4Signer(_time),
            _time);
        var sink = new FirehoseRecordSink(new FirehoseClient(firehose), "ondilo-fanout", _time, new FirehoseRecordSinkOptions());
        var scheduler = new SchedulerHandler(ondilo.Api, ondilo.Gate, state, queue, _time, new SchedulerOptions());
        var ports = new FetcherPorts { Ledger = state, Leases = state, Budget = state, Sink = sink, Queue = queue };
        var logs = new StringWriter();
        var fetcher = new DeviceFetcherFunction(
            new DeviceFetcherHandler(ondilo.Api, ondilo.Gate, ports, _time, new FetcherOptions()),
            new JsonLogger(logs, _time, new LoggerOptions(), new SecretRedactor()),
            new EmfMetrics(logs, _time, "OndiloFanout", "test"));

        await scheduler.HandleAsync("""{"month":"true"}""", CancellationToken.None);
        await new EventSourcePoller(sqs.Client, _environment.QueueUrl).DrainAsync(fetcher.HandleAsync, CancellationToken.None);
        return _environment.Simulator.RequestCount - before;
    }

    private Task AdvanceToAsync(DateTimeOffset instant, CancellationToken cancellationToken)
    {
        if (instant > _time.GetUtcNow())
        {
            _time.SetUtcNow(instant);
        }

        return Task.CompletedTask;
    }

    private async Task<string> ArnOfAsync(string queueUrl) =>
        (await sqs.Client.GetQueueAttributesAsync(new GetQueueAttributesRequest { QueueUrl = queueUrl, AttributeNames = ["QueueArn"] })).QueueARN;

    private sealed class StaticCredentials : IAwsCredentialsSource
    {
        public Task<AwsCredentials> GetCredentialsAsync(CancellationToken cancellationToken) =>
            Task.FromResult(new AwsCredentials("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", null));
    }
}
