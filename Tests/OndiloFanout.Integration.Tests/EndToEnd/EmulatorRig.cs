using System.Text.Json.Nodes;
using Amazon.SQS.Model;
using Microsoft.Extensions.Time.Testing;
using OndiloFanout.Cloud;
using OndiloFanout.Cloud.Firehose;
using OndiloFanout.Cloud.Signing;
using OndiloFanout.Cli.Aws;
using OndiloFanout.Domain.Retries;
using OndiloFanout.Functions.DeviceFetcher;
using OndiloFanout.Integration.Tests.Emulators;
using OndiloFanout.Integration.Tests.Functions;
using OndiloFanout.Integration.Tests.TestDoubles;
using OndiloFanout.Lambda.Logging;
using OndiloFanout.Local;
using OndiloFanout.Ondilo;
using OndiloFanout.Pipeline.Composition;
using OndiloFanout.Pipeline.Fetcher;
using OndiloFanout.Pipeline.Scheduler;
using OndiloFanout.Tests.Reliability;
using OndiloFanout.Tests.TestDoubles;

namespace OndiloFanout.Integration.Tests.EndToEnd;

/// <summary>
/// The AWS pipeline on emulators: scheduler → fauxqs SQS (with a redrive policy to the DLQ) → a poller that behaves
/// like Lambda's event source mapping → the fetcher's Lambda face → a Firehose endpoint over HTTP, with the state in
/// dynalite and the simulator as the Ondilo API. The functions' clock is fake and moves only when the pacing waits;
/// SQS's visibility timeouts and delays are real, so a test keeps its retries few.
/// </summary>
internal sealed class EmulatorRig : IAsyncDisposable
{
    private static readonly Backoff NoWait = new() { NextJitter = () => 0 };
    private readonly FauxqsFixture _sqs;
    private readonly HttpClient _http = new();
    private readonly PipelineComposer _pipeline;
    private readonly StringWriter _logs = new();
    private readonly DeviceFetcherFunction _fetcher;

    private EmulatorRig(FauxqsFixture sqs, DynaliteFixture dynamo, EmulatorRigOptions options, FakeTimeProvider time, FunctionEnvironment environment, ReliabilityFirehoseServer firehose)
    {
        (_sqs, Time, Environment, Firehose) = (sqs, time, environment, firehose);
        State = new DynamoDbStateStore(dynamo.Client, environment.TableName, time, 10_000);
        Tokens = new InMemoryTokenStore(OndiloTokenFormat.Parse(environment.Aws.Secret!));
        var queue = options.SendQueue is null
            ? new SqsWorkQueue(sqs.Client, environment.QueueUrl, environment.DeadLetterQueueUrl, time)
            : options.SendQueue(new SqsWorkQueue(sqs.Client, environment.QueueUrl, environment.DeadLetterQueueUrl, time));
        var firehoseClient = new AwsJsonClient(
            _http,
            new AwsJsonClientSettings { Service = AwsServiceDescriptor.Firehose, Region = "us-east-1", Endpoint = firehose.Endpoint, Retry = NoWait },
            new AwsFakeCredentialsSource(AwsFakeCredentialsSource.Example),
            new AwsSigV4Signer(time),
            time);
        var sink = new FirehoseRecordSink(new FirehoseClient(firehoseClient), "ondilo-fanout", time, new FirehoseRecordSinkOptions { Retry = NoWait });
        // Paced like production (the simulator enforces 5 calls per second), on the fake clock.
        _pipeline = new PipelineComposer(new PipelineSeams
        {
            Time = time,
            WaitUntil = AdvanceToAsync,
            Queue = queue,
            State = State,
            Sink = options.Sink?.Invoke(sink) ?? sink,
            Tokens = Tokens,
            Http = _http,
            Api = new OndiloClientOptions { BaseUri = environment.Simulator.BaseUri },
        });
        Scheduler = _pipeline.CreateScheduler();
        _fetcher = new DeviceFetcherFunction(
            _pipeline.CreateFetcher(),
            new JsonLogger(_logs, time, new LoggerOptions(), new SecretRedactor()),
            new EmfMetrics(_logs, time, "OndiloFanout", "test"));
    }

    public FakeTimeProvider Time { get; }

    public FunctionEnvironment Environment { get; }

    public ReliabilityFirehoseServer Firehose { get; }

    public DynamoDbStateStore State { get; }

    public InMemoryTokenStore Tokens { get; }

    public SchedulerHandler Scheduler { get; }

    /// <summary>When the last schedule ran: the days it refused as gone are judged against this instant.</summary>
    public DateTimeOffset PlannedAt { get; private set; }

    /// <summary>The fetcher's log lines and metrics so far.</summary>
    public string Logs => _logs.ToString();

    public static async Task<EmulatorRig> StartAsync(FauxqsFixture sqs, DynaliteFixture dynamo, EmulatorRigOptions options)
    {
        ArgumentNullException.ThrowIfNull(sqs);
        ArgumentNullException.ThrowIfNull(options);
        var time = new FakeTimeProvider(options.Start);
        var environment = await FunctionEnvironment.StartAsync(sqs, dynamo, time, options.Simulator);
        var deadLetterArn = (await sqs.Client.GetQueueAttributesAsync(new GetQueueAttributesRequest { QueueUrl = environment.DeadLetterQueueUrl, AttributeNames = ["QueueArn"] })).QueueARN;
        await sqs.Client.SetQueueAttributesAsync(new SetQueueAttributesRequest
        {
            QueueUrl = environment.QueueUrl,
            Attributes = new Dictionary<string, string> { ["RedrivePolicy"] = $$"""{"deadLetterTargetArn":"{{deadLetterArn}}","maxReceiveCount":"{{options.MaxReceiveCount}}"}""" },
        });
        var firehose = await ReliabilityFirehoseServer.StartAsync(options.Firehose);
        return new EmulatorRig(sqs, dynamo, options, time, environment, firehose);
    }

    /// <summary>Runs the scheduler as the CLI does (<see cref="PipelineComposer.ScheduleAsync"/>).</summary>
    public async Task<SchedulerSummary> ScheduleAsync(string payload)
    {
        var plan = await _pipeline.ScheduleAsync(Scheduler, payload, onWait: null, CancellationToken.None);
        PlannedAt = plan.PlannedAt;
        return plan;
    }

    /// <summary>Polls the work queue like the event source mapping until it stays empty.</summary>
    public Task DrainAsync() => new EventSourcePoller(_sqs.Client, Environment.QueueUrl).DrainAsync(_fetcher.HandleAsync, CancellationToken.None);

    /// <summary>Schedules <paramref name="payload"/>, drains the queue and audits what Firehose accepted against the ground truth.</summary>
    public async Task<LakeAudit> RunAsync(string payload, bool crashWindowAllowed = false)
    {
        var plan = await ScheduleAsync(payload);
        await DrainAsync();
        return await AuditAsync(plan, crashWindowAllowed);
    }

    public async Task<LakeAudit> AuditAsync(SchedulerSummary plan, bool crashWindowAllowed = false) =>
        await GroundTruth.AuditAsync(
            new AuditInput
            {
                Account = Environment.Simulator.Account,
                Plan = plan,
                PlannedAt = PlannedAt,
                Ledger = State,
                Lake = Firehose.Delivered,
                DeadLetters = await DeadLettersAsync(),
                CrashWindowAllowed = crashWindowAllowed,
            },
            CancellationToken.None);

    /// <summary>
    /// The DLQ's messages with their reason: the attribute the fetcher sets when it dead-letters a message itself,
    /// else (SQS moved it after <c>maxReceiveCount</c>) the last failure the fetcher logged for that message.
    /// </summary>
    public async Task<IReadOnlyList<DeadLetter>> DeadLettersAsync()
    {
        var peeked = await new SqsQueueInspector(_sqs.Client).PeekAsync(Environment.DeadLetterQueueUrl, 1_000, TimeSpan.Zero, CancellationToken.None);
        var lastReasons = LogLines()
            .Where(line => line[LogKeys.MessageId] is not null)
            .GroupBy(line => (string)line[LogKeys.MessageId]!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (string?)g.Last()[LogKeys.Reason], StringComparer.Ordinal);
        return peeked
            .Select(m => new DeadLetter(m.Body, m.Reason ?? lastReasons.GetValueOrDefault(m.MessageId) ?? string.Empty, m.ReceiveCount, Time.GetUtcNow()))
            .ToArray();
    }

    /// <summary>How many times the fetcher logged <paramref name="outcome"/> for a message.</summary>
    public int CountOutcomes(FetchOutcome outcome) =>
        LogLines().Count(line => (string?)line[LogKeys.Outcome] == outcome.ToString());

    public async ValueTask DisposeAsync()
    {
        _pipeline.Dispose();
        _http.Dispose();
        await _logs.DisposeAsync();
        await Firehose.DisposeAsync();
        await Environment.DisposeAsync();
    }

    private IEnumerable<JsonNode> LogLines() =>
        Logs.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonNode.Parse(line)!);

    private Task AdvanceToAsync(DateTimeOffset instant, CancellationToken cancellationToken)
    {
        if (instant > Time.GetUtcNow())
        {
            Time.SetUtcNow(instant);
        }

        return Task.CompletedTask;
    }
}
