using Microsoft.Extensions.Time.Testing;
using Ondilo.Simulator;
using OndiloFanout.Domain.Collection;
using OndiloFanout.Domain.Ports;
using OndiloFanout.Domain.Pools;
using OndiloFanout.Lambda.Logging;
using OndiloFanout.Local;
using OndiloFanout.Local.Run;
using OndiloFanout.Ondilo;
using OndiloFanout.Pipeline.Composition;
using OndiloFanout.Pipeline.Fetcher;
using OndiloFanout.Pipeline.Scheduler;
using OndiloFanout.Tests.TestDoubles;

namespace OndiloFanout.Tests.Reliability;

/// <summary>
/// The embedded pipeline composed through the one composer as the CLI composes it — scheduler, in-process queue, the
/// CLI's event source, fetcher, file state and token, local lake — against the simulator, on a clock that stands still and jumps only when
/// the pipeline would wait (quota hours, delays, visibility timeouts), so runs are fast and repeatable. Timers (the
/// Ondilo request timeout) still run in real time. Seams let a test decorate the sink and the queue.
/// </summary>
internal sealed class ReliabilityRig : IAsyncDisposable
{
    private readonly LocalTempFolder _folder;
    private readonly HttpClient _http = new() { Timeout = Timeout.InfiniteTimeSpan };
    private readonly List<PipelineComposer> _pipelines = [];
    private readonly PipelineSeams _seams;

    private ReliabilityRig(RigOptions options, LocalTempFolder folder, FastForwardTimeProvider time, OndiloSimulatorHost simulator)
    {
        (_folder, Time, Simulator) = (folder, time, simulator);
        Clock = new FastPipelineClock(time);
        LakeDirectory = folder.Combine("lake");
        Tokens = new ReliabilityRecordingTokenStore(new FileTokenStore(folder.Combine("token.json")));
        TokenStore = new RedactingTokenStore(Tokens, Redactor);
        State = new FileStateStore(folder.Combine("state"), time, options.CallsPerHour);
        Queue = new InProcessWorkQueue(time, options.Queue);
        SendQueue = options.SendQueue?.Invoke(Queue) ?? Queue;
        var local = new LocalFolderSink(LakeDirectory, time);
        Sink = options.Sink?.Invoke(time, local) ?? local;
        // Paced like production, on the rig's clock: the spacing costs simulated time only.
        _seams = new PipelineSeams
        {
            Time = time,
            WaitUntil = Clock.WaitUntilAsync,
            Queue = SendQueue,
            State = State,
            Sink = Sink,
            Tokens = TokenStore,
            Http = _http,
            Api = new OndiloClientOptions { BaseUri = simulator.BaseUri, RequestTimeout = options.RequestTimeout },
        };
        Pipeline = Compose();
        // The read plan prices the rig's budget, as the functions and the CLI do theirs: a load run of many pools at a
        // large budget reads them all in its month.
        Scheduler = Pipeline.CreateScheduler(new SchedulerOptions { Reads = ReadPlanOptions.For(options.CallsPerHour, MeasureType.All) });
        Fetcher = CreateFetcher();
    }

    public FastForwardTimeProvider Time { get; }

    public IPipelineClock Clock { get; }

    public OndiloSimulatorHost Simulator { get; }

    public SimulatedAccount Account => Simulator.Account;

    /// <summary>Every token the rig's stores loaded or saved is registered here.</summary>
    public SecretRedactor Redactor { get; } = new();

    public ITokenStore TokenStore { get; }

    /// <summary>The file token store, recording every token that went through it.</summary>
    public ReliabilityRecordingTokenStore Tokens { get; }

    public FileStateStore State { get; }

    public InProcessWorkQueue Queue { get; }

    public IWorkQueue SendQueue { get; }

    public IRecordSink Sink { get; }

    public string LakeDirectory { get; }

    /// <summary>The scheduler's process (and the first fetcher's).</summary>
    public PipelineComposer Pipeline { get; }

    public SchedulerHandler Scheduler { get; }

    public DeviceFetcherHandler Fetcher { get; }

    public FetchTally Tally { get; } = new();

    /// <summary>When the last schedule ran: the days it refused as gone are judged against this instant.</summary>
    public DateTimeOffset PlannedAt { get; private set; }

    public static async Task<ReliabilityRig> StartAsync(RigOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var time = new FastForwardTimeProvider(new FakeTimeProvider(options.Start));
        var simulator = await OndiloSimulatorHost.StartAsync(options.Simulator, time, CancellationToken.None);
        var rig = new ReliabilityRig(options, new LocalTempFolder(), time, simulator);
        // Minted the way `login` would get it, without spending a call (as `run --simulate` does).
        var minted = simulator.IssueToken();
        await rig.TokenStore.SaveAsync(
            new OndiloToken { AccessToken = minted.AccessToken, RefreshToken = minted.RefreshToken, ExpiresAt = time.GetUtcNow().AddSeconds(minted.ExpiresIn), Scope = "api" },
            CancellationToken.None);
        return rig;
    }

    /// <summary>Another fetcher instance (another Lambda container): its own Ondilo connection, gate and token cache.</summary>
    public DeviceFetcherHandler CreateFetcher() => Compose().CreateFetcher();

    /// <summary>Runs the scheduler as the CLI does (<see cref="PipelineComposer.ScheduleAsync"/>).</summary>
    public async Task<SchedulerSummary> ScheduleAsync(string payload)
    {
        var plan = await Pipeline.ScheduleAsync(Scheduler, payload, onWait: null, CancellationToken.None);
        PlannedAt = plan.PlannedAt;
        return plan;
    }

    /// <summary>Runs the CLI's event source until the queue is empty: every message done or dead-lettered.</summary>
    public Task DrainAsync(Action? onBatch = null) =>
        new LocalEventSource(Queue, Fetcher, Clock).DrainAsync(Tally, onBatch ?? (() => { }), CancellationToken.None);

    /// <summary>Schedules <paramref name="payload"/>, drains the queue and audits the local lake against the ground truth.</summary>
    public async Task<LakeAudit> RunAsync(string payload, bool crashWindowAllowed = false)
    {
        var plan = await ScheduleAsync(payload);
        await DrainAsync();
        return await AuditLakeAsync(plan, crashWindowAllowed);
    }

    /// <summary>Audits the local lake, as it is now, against the ground truth.</summary>
    public Task<LakeAudit> AuditLakeAsync(SchedulerSummary plan, bool crashWindowAllowed = false) =>
        AuditAsync(plan, LocalLake.ReadAll(LakeDirectory).ToArray(), crashWindowAllowed);

    public Task<LakeAudit> AuditAsync(SchedulerSummary plan, IReadOnlyList<MeasureRecord> lake, bool crashWindowAllowed = false) =>
        GroundTruth.AuditAsync(
            new AuditInput { Account = Account, Plan = plan, PlannedAt = PlannedAt, Ledger = State, Lake = lake, DeadLetters = Queue.DeadLetters, CrashWindowAllowed = crashWindowAllowed },
            CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        foreach (var pipeline in _pipelines)
        {
            pipeline.Dispose();
        }

        State.Dispose();
        _http.Dispose();
        await Simulator.DisposeAsync();
        _folder.Dispose();
    }

    private PipelineComposer Compose()
    {
        var pipeline = new PipelineComposer(_seams);
        _pipelines.Add(pipeline);
        return pipeline;
    }
}
