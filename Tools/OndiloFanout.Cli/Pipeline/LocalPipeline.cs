using System.Diagnostics;
using Ondilo.Simulator;
using OndiloFanout.Collection;
using OndiloFanout.Composition;
using OndiloFanout.Functions.DeviceFetcher;
using OndiloFanout.Functions.Scheduler;
using OndiloFanout.Local;
using OndiloFanout.Ondilo;
using OndiloFanout.Ports;

namespace OndiloFanout.Cli.Pipeline;

/// <summary>
/// The embedded default: the real scheduler and fetcher on one machine, with the in-process queue, file state and
/// token, and a local data lake laid out like the S3 one; against the simulator on loopback or a real API.
/// </summary>
internal sealed class LocalPipeline
{
    private readonly RunOptions _options;
    private readonly IProgress<PipelineProgress> _progress;
    private readonly TimeProvider _time;

    /// <param name="time">The real clock (tests pass a fixed one); with the simulator it runs fast-forwarded.</param>
    public LocalPipeline(RunOptions options, IProgress<PipelineProgress> progress, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(progress);
        ArgumentNullException.ThrowIfNull(time);
        (_options, _progress, _time) = (options, progress, time);
    }

    public async Task<RunSummary> RunAsync(CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var fast = _options.Simulate ? new FastForwardTimeProvider(_time) : null;
        IPipelineClock clock = fast is null ? new RealPipelineClock(_time) : new FastPipelineClock(fast);
        var time = clock.Time;
        var stateDirectory = Path.Combine(_options.OutputDirectory, ".ondilo-fanout");

        await using var simulator = _options.Simulate
            ? await OndiloSimulatorHost.StartAsync(new SimulatorOptions { Pools = _options.SimulatePools, FaultRate = _options.SimulateFaults, Seed = _options.SimulateSeed, QuotaEnabled = _options.SimulateQuota }, time, cancellationToken)
            : null;
        var tokens = simulator is null
            ? new FileTokenStore(_options.TokenFile ?? CliPaths.DefaultTokenFile)
            : await SimulatorTokenAsync(simulator, stateDirectory, time, cancellationToken);

        using var state = new FileStateStore(Path.Combine(stateDirectory, "state"), time, _options.CallsPerHour);
        var queue = new InProcessWorkQueue(time, new InProcessQueueOptions());
        using var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        var clientOptions = new OndiloClientOptions { BaseUri = simulator?.BaseUri ?? _options.ApiUrl ?? new OndiloClientOptions().BaseUri };
        using var ondilo = new OndiloConnection(http, tokens, state, clientOptions, time, _options.MinimumCallInterval, clock.WaitUntilAsync);
        var (api, gate) = (ondilo.Api, ondilo.Gate);

        var scheduler = new SchedulerHandler(api, gate, state, queue, time, new SchedulerOptions
        {
            PoolSnapshots = new LocalPoolSnapshotSink(_options.OutputDirectory),
            ReadPoolThresholds = _options.PoolThresholds,
            Reads = new ReadPlanOptions { CallsPerHour = _options.CallsPerHour },
        });
        _progress.Report(new PipelineProgress("Listing pools", 0, 0, 0, 0, gate.Calls));
        var plan = await RunSchedulerAsync(scheduler, clock, cancellationToken);

        var ports = new FetcherPorts { Ledger = state, Leases = state, Budget = state, Sink = new LocalFolderSink(_options.OutputDirectory, time), Queue = queue };
        var fetcher = new DeviceFetcherHandler(api, gate, ports, time, new FetcherOptions());
        var tally = new FetchTally();
        await new LocalEventSource(queue, fetcher, clock).DrainAsync(
            tally,
            () => _progress.Report(new PipelineProgress("Collecting", tally.Handled, queue.Count, tally.DaysWritten, tally.Records, gate.Calls)),
            cancellationToken);

        return new RunSummary
        {
            RunId = plan.RunId,
            Trigger = plan.Trigger,
            From = plan.From,
            To = plan.To,
            Pools = plan.Pools,
            DeviceDaysPlanned = plan.Planned,
            DeviceDaysCollected = tally.DaysWritten,
            DeviceDaysSkipped = plan.Skipped,
            DeviceDaysRefused = plan.Refused,
            DeviceDaysSettling = plan.Settling,
            DeviceDaysHealed = plan.Healed,
            DeviceDaysPartial = tally.DaysPartial,
            Records = tally.Records,
            ApiCalls = gate.Calls,
            SimulatorRequests = simulator?.RequestCount,
            MessagesSkipped = tally.Skipped,
            Deferrals = tally.Deferrals,
            Retries = tally.Retries,
            DeadLettered = queue.DeadLetters.Count,
            DeadLetters = queue.DeadLetters.Select(Describe).ToArray(),
            DryRun = plan.DryRun,
            SimulatedWaitMs = (long)(fast?.Skipped.TotalMilliseconds ?? 0),
            DurationMs = stopwatch.ElapsedMilliseconds,
            OutputDirectory = Path.GetFullPath(_options.OutputDirectory),
        };
    }

    /// <summary>Runs the scheduler, waiting for the next hour when the budget is spent and retrying transient failures.</summary>
    private async Task<SchedulerSummary> RunSchedulerAsync(SchedulerHandler scheduler, IPipelineClock clock, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await scheduler.HandleAsync(_options.Payload, cancellationToken);
            }
            catch (OndiloApiException ex) when (ex.Failure == OndiloFailure.QuotaExhausted)
            {
                _progress.Report(new PipelineProgress("Waiting for the next hour's quota", 0, 0, 0, 0, 0));
                await clock.WaitUntilAsync(QuotaWindow.NextHour(clock.Time.GetUtcNow()), cancellationToken);
            }
            catch (OndiloApiException ex) when (ex.Failure is OndiloFailure.Transient or OndiloFailure.BadResponse && attempt < _options.SchedulerAttempts)
            {
                await clock.WaitUntilAsync(clock.Time.GetUtcNow().AddSeconds(30 * attempt), cancellationToken);
            }
        }
    }

    private static async Task<ITokenStore> SimulatorTokenAsync(OndiloSimulatorHost simulator, string stateDirectory, TimeProvider time, CancellationToken cancellationToken)
    {
        // A fresh simulator knows no earlier token: mint one the way `login` would get it, without spending a call.
        var minted = simulator.IssueToken();
        var store = new FileTokenStore(Path.Combine(stateDirectory, "simulator-token.json"));
        await store.SaveAsync(
            new OndiloToken { AccessToken = minted.AccessToken, RefreshToken = minted.RefreshToken, ExpiresAt = time.GetUtcNow().AddSeconds(minted.ExpiresIn), Scope = "api" },
            cancellationToken);
        return store;
    }

    private static DeadLetterSummary Describe(DeadLetter letter) =>
        WorkMessageCodec.TryParse(letter.Body, out var message, out _)
            ? new DeadLetterSummary(message!.PoolId, message.Day, letter.Reason)
            : new DeadLetterSummary(null, null, letter.Reason);
}
