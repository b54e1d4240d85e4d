using System.Text.Json;
using OndiloFanout.Domain.Collection;
using OndiloFanout.Domain.Retries;
using OndiloFanout.Ondilo;
using OndiloFanout.Pipeline.Fetcher;
using OndiloFanout.Pipeline.Scheduler;

namespace OndiloFanout.Pipeline.Composition;

/// <summary>
/// The one composition of the pipeline: from its <see cref="PipelineSeams"/>, the Ondilo connection (one gate that paces
/// every call and counts it against the budget) and the scheduler and fetcher over the seams' ports. The functions, the
/// CLI, the test rigs and the benchmarks all build their pipeline here, so they differ only in their seams. One composer
/// is one process (one Lambda container): another one over the same seams is another process sharing the state.
/// </summary>
public sealed class PipelineComposer : IDisposable
{
    /// <summary>A scheduler run's attempts where nothing else retries it (on AWS, EventBridge retries the function).</summary>
    public const int SchedulerAttempts = 5;

    /// <summary>The wait before the first retry of a scheduler run after a transient failure; each later retry waits one more.</summary>
    public static TimeSpan SchedulerBackoff { get; } = TimeSpan.FromSeconds(30);

    private readonly PipelineSeams _seams;
    private readonly OndiloTokenProvider _tokens;

    public PipelineComposer(PipelineSeams seams)
    {
        ArgumentNullException.ThrowIfNull(seams);
        _seams = seams;
        // One gate for the API client and the token refreshes: every call is paced and counted alike.
        var gate = new QuotaGate(seams.Budget ?? seams.State, seams.Time, seams.CallInterval, seams.WaitUntil);
        _tokens = new OndiloTokenProvider(seams.Tokens, new OndiloOAuthClient(seams.Http, gate, seams.Api, seams.Time), seams.Api, seams.Time);
        Api = new OndiloClient(seams.Http, _tokens, gate, seams.Api);
    }

    /// <summary>The Ondilo API as this pipeline calls it.</summary>
    public IOndiloApi Api { get; }

    /// <summary>Calls this pipeline made to the Ondilo API, token refreshes included.</summary>
    public int ApiCalls => Api.Calls;

    public SchedulerHandler CreateScheduler(SchedulerOptions? options = null) =>
        new(Api, _seams.Ledger ?? _seams.State, _seams.Queue, _seams.Time, options ?? new SchedulerOptions());

    public DeviceFetcherHandler CreateFetcher(FetcherOptions? options = null)
    {
        var sink = _seams.Sink ?? throw new InvalidOperationException("The pipeline's seams have no sink for a fetcher to write to.");
        var ports = new FetcherPorts { Ledger = _seams.Ledger ?? _seams.State, Leases = _seams.State, Sink = sink, Queue = _seams.Queue, Failures = _seams.State };
        return new DeviceFetcherHandler(Api, ports, _seams.Time, options ?? new FetcherOptions());
    }

    /// <summary>
    /// Runs <paramref name="scheduler"/> where nothing else retries it (the CLI, the test rigs): a spent budget waits for
    /// the next hour; a transient API failure is tried again, <see cref="SchedulerBackoff"/> later at the first retry, twice
    /// that at the second, up to <see cref="SchedulerAttempts"/> attempts in all; a connection that never reached the API
    /// is not (another try would fail the same way). <paramref name="onWait"/> hears of each wait: why, and until when.
    /// The <paramref name="payload"/> (the scheduler's JSON input, as the function takes it) is parsed once, here.
    /// </summary>
    public async Task<SchedulerSummary> ScheduleAsync(
        SchedulerHandler scheduler, string payload, Action<OndiloApiException, DateTimeOffset>? onWait, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scheduler);
        using var input = JsonDocument.Parse(payload);
        return await Retry.RunAsync(
            _ => scheduler.HandleAsync(input.RootElement, cancellationToken),
            (error, attempt) => SchedulerRetryDelay(error, attempt, onWait),
            (delay, token) => WaitUntilAsync(_seams.Time.GetUtcNow() + delay, token),
            cancellationToken);
    }

    public void Dispose() => _tokens.Dispose();

    // The wait before the scheduler's next attempt, or null to give up; onWait hears of it first.
    private TimeSpan? SchedulerRetryDelay(Exception error, int attempt, Action<OndiloApiException, DateTimeOffset>? onWait)
    {
        var now = _seams.Time.GetUtcNow();
        DateTimeOffset? until = error switch
        {
            OndiloApiException { Failure: OndiloFailure.QuotaExhausted } => QuotaWindow.NextHour(now),
            OndiloApiException { Failure: OndiloFailure.Transient or OndiloFailure.BadResponse } when attempt < SchedulerAttempts && ConnectionFailure.ReasonOf(error) is null =>
                now + (SchedulerBackoff * attempt),
            _ => null,
        };
        if (until is { } at)
        {
            onWait?.Invoke((OndiloApiException)error, at);
        }

        return until - now;
    }

    private Task WaitUntilAsync(DateTimeOffset instant, CancellationToken cancellationToken) =>
        _seams.WaitUntil?.Invoke(instant, cancellationToken)
        ?? Task.Delay(TimeSpan.FromTicks(Math.Max((instant - _seams.Time.GetUtcNow()).Ticks, 0)), _seams.Time, cancellationToken);
}
