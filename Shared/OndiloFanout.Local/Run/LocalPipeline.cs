using System.Diagnostics;
using Ondilo.Simulator;
using OndiloFanout.Domain.Collection;
using OndiloFanout.Domain.Pools;
using OndiloFanout.Ondilo;
using OndiloFanout.Pipeline.Composition;
using OndiloFanout.Pipeline.Scheduler;

namespace OndiloFanout.Local.Run;

/// <summary>
/// The embedded default: the real scheduler and fetcher on one machine, with the in-process queue, file state and
/// token, and a local data lake laid out like the S3 one; against the simulator on loopback or a real API.
/// </summary>
public sealed class LocalPipeline
{
    private readonly RunOptions _options;
    private readonly IProgress<PipelineProgress> _progress;
    private readonly TimeProvider _time;
    private Func<string> _waitingFor = () => "the next step";

    /// <param name="time">The real clock (tests pass a fixed one); with the simulator it runs fast-forwarded, behind it.</param>
    public LocalPipeline(RunOptions options, IProgress<PipelineProgress> progress, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(progress);
        ArgumentNullException.ThrowIfNull(time);
        (_options, _progress, _time) = (options, progress, time);
    }

    /// <exception cref="RunRefusedException">The lake folder cannot be used; nothing was done.</exception>
    /// <exception cref="ApiUnreachableException">The real API's host cannot be reached; no call was spent.</exception>
    public async Task<RunSummary> RunAsync(CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var kind = _options.Simulate ? LakeKind.Simulated : LakeKind.Real;
        PrepareLake(kind);
        var fast = _options.Simulate ? new FastForwardTimeProvider(_time, _options.SimulatedLead ?? SimulatedLead.For(_options)) : null;
        using var fastClock = fast is null ? null : new FastPipelineClock(fast);
        IPipelineClock clock = fastClock is null ? new RealPipelineClock(_time, ReportWait) : fastClock;
        var time = clock.Time;
        var pipelineDirectory = Path.Combine(_options.OutputDirectory, LakeFolder.PipelineFolder);
        var stateDirectory = Path.Combine(pipelineDirectory, "state");

        await using var simulator = _options.Simulate
            ? await OndiloSimulatorHost.StartAsync(new SimulatorOptions { Pools = _options.SimulatePools, FaultRate = _options.SimulateFaults, Seed = _options.SimulateSeed, QuotaEnabled = _options.SimulateQuota }, time, cancellationToken)
            : null;
        var clientOptions = new OndiloClientOptions { BaseUri = simulator?.BaseUri ?? _options.ApiUrl ?? new OndiloClientOptions().BaseUri };
        var tokens = simulator is null
            ? await RealTokenAsync(clientOptions.BaseUri, cancellationToken)
            : await SimulatorTokenAsync(simulator, pipelineDirectory, time, cancellationToken);
        if (!_options.DryRun)
        {
            await LakeFolder.MarkAsync(_options.OutputDirectory, kind, cancellationToken);
        }

        using var files = new FileStateStore(stateDirectory, time, _options.CallsPerHour);
        var queue = new InProcessWorkQueue(time, new InProcessQueueOptions());
        using var http = new HttpClient(new SocketsHttpHandler { ConnectTimeout = ConnectionFailure.ConnectTimeout }) { Timeout = Timeout.InfiniteTimeSpan };
        using var pipeline = new PipelineComposer(new PipelineSeams
        {
            Time = time,
            WaitUntil = clock.WaitUntilAsync,
            Queue = queue,
            State = files,
            Ledger = _options.DryRun ? new DryRunLedger(files, stateDirectory) : null,
            // A simulated run's simulator is fresh, and so is its quota: an earlier simulated run's calls do not count.
            Budget = _options.Simulate || _options.DryRun ? new MemoryQuotaBudget(time, _options.CallsPerHour) : null,
            Sink = new LocalFolderSink(_options.OutputDirectory, time),
            Tokens = tokens,
            Http = http,
            Api = clientOptions,
            CallInterval = _options.MinimumCallInterval,
        });
        var scheduler = pipeline.CreateScheduler(new SchedulerOptions
        {
            PoolSnapshots = new LocalPoolSnapshotSink(_options.OutputDirectory),
            ReadPoolThresholds = _options.PoolThresholds,
            Reads = ReadPlanOptions.For(_options.CallsPerHour, MeasureType.All),
        });
        _progress.Report(new PipelineProgress("Listing pools", 0, 0, 0, 0, pipeline.ApiCalls));
        var plan = await pipeline.ScheduleAsync(scheduler, _options.Payload, OnSchedulerWait, cancellationToken);

        var fetcher = pipeline.CreateFetcher();
        var tally = new FetchTally();
        _waitingFor = () => tally.LastPutOffReason ?? "queued work";
        var caughtUp = false;
        using (var drain = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, fastClock?.CaughtUp ?? CancellationToken.None))
        {
            try
            {
                await new LocalEventSource(queue, fetcher, clock).DrainAsync(
                    tally,
                    () => _progress.Report(new PipelineProgress("Collecting", tally.Handled, queue.Count, tally.DaysWritten, tally.Records, pipeline.ApiCalls)),
                    drain.Token);
            }
            catch (OperationCanceledException) when (fastClock is { CaughtUp.IsCancellationRequested: true } && !cancellationToken.IsCancellationRequested)
            {
                // The simulated clock reached the real now: what is left stays unmarked in the ledger for a later run.
                caughtUp = true;
            }
        }

        return new RunSummary
        {
            Plan = plan,
            DeviceDaysCollected = tally.DaysWritten,
            DeviceDaysPartial = tally.DaysPartial,
            Records = tally.Records,
            ApiCalls = pipeline.ApiCalls,
            SimulatorRequests = simulator?.RequestCount,
            MessagesSkipped = tally.Skipped,
            Deferrals = tally.Deferrals,
            Retries = tally.Retries,
            DeadLettered = queue.DeadLetters.Count,
            DeadLetters = queue.DeadLetters.Select(Describe).ToArray(),
            DeviceDaysLeft = caughtUp ? queue.Count : 0,
            Simulated = _options.Simulate,
            SimulatedWaitMs = (long)(fast?.Skipped.TotalMilliseconds ?? 0),
            DurationMs = stopwatch.ElapsedMilliseconds,
            OutputDirectory = Path.GetFullPath(_options.OutputDirectory),
        };
    }

    private void OnSchedulerWait(OndiloApiException error, DateTimeOffset until)
    {
        if (error.Failure == OndiloFailure.QuotaExhausted)
        {
            _waitingFor = () => "hourly budget spent";
            _progress.Report(new PipelineProgress("Waiting for the next hour's quota", 0, 0, 0, 0, 0));
        }
        else
        {
            _waitingFor = () => $"the API failed ({error.Message}); retrying";
        }
    }

    /// <summary>The lake folder must exist or be creatable (it is not created on a dry run) and hold data of this run's kind only.</summary>
    private void PrepareLake(LakeKind kind)
    {
        var lake = _options.OutputDirectory;
        if (LakeFolder.Prepare(lake, create: !_options.DryRun) is { } problem)
        {
            throw new RunRefusedException($"--out: {problem}. Give --out a folder this user can write to.");
        }

        if (LakeFolder.KindOf(lake) is { } held && held != kind)
        {
            throw new RunRefusedException(held == LakeKind.Simulated
                ? $"The lake {lake} holds simulated data; real measures must not mix with it. Give --out another folder (the default is ./{LocalPaths.DefaultLake})."
                : $"The lake {lake} holds real measures; simulated data must not mix with them. Leave --out out (simulated runs default to ./{LocalPaths.DefaultSimulatedLake}) or give another folder.");
        }
    }

    /// <summary>The real API's token, loaded now (a missing token says how to log in), once the API's host is known to answer.</summary>
    private async Task<ITokenStore> RealTokenAsync(Uri api, CancellationToken cancellationToken)
    {
        var store = new FileTokenStore(_options.TokenFile ?? LocalPaths.DefaultTokenFile);
        await store.LoadAsync(cancellationToken);
        await ApiReachability.EnsureAsync(api, _time, cancellationToken);
        return store;
    }

    private async Task<ITokenStore> SimulatorTokenAsync(OndiloSimulatorHost simulator, string pipelineDirectory, TimeProvider time, CancellationToken cancellationToken)
    {
        // A fresh simulator knows no earlier token: mint one the way `login` would get it, without spending a call.
        var minted = simulator.IssueToken();
        var token = new OndiloToken { AccessToken = minted.AccessToken, RefreshToken = minted.RefreshToken, ExpiresAt = time.GetUtcNow().AddSeconds(minted.ExpiresIn), Scope = "api" };
        if (_options.DryRun)
        {
            return new MemoryTokenStore(token);
        }

        var store = new FileTokenStore(Path.Combine(pipelineDirectory, "simulator-token.json"));
        await store.SaveAsync(token, cancellationToken);
        return store;
    }

    private void ReportWait(DateTimeOffset until) =>
        _progress.Report(new PipelineProgress("Waiting", 0, 0, 0, 0, 0, new PipelineWait(_waitingFor(), until)));

    private static DeadLetterSummary Describe(DeadLetter letter) => DeadLetterSummary.Of(letter.Body, letter.Reason, letter.Reason);
}
