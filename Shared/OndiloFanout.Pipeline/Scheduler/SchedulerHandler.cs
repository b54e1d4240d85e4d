using System.Globalization;
using System.Text.Json;
using OndiloFanout.Domain.Collection;
using OndiloFanout.Domain.Pools;
using OndiloFanout.Domain.Ports;
using OndiloFanout.Ondilo;

namespace OndiloFanout.Pipeline.Scheduler;

/// <summary>
/// The scheduler: validates the input, lists the pools (one API call, plus a token refresh at most), writes the list
/// as a pool snapshot when a sink is configured, and enqueues one message per device-day the ledger does not hold yet;
/// a daily run also heals older days of the API's history that the ledger does not hold as settled. A daily run and a
/// month backfill read only the pools their <see cref="ReadPlanner"/> picks from the budget (every pool while every pool
/// fits in a day; the budget leaves out the scheduler's own threshold reads).
/// </summary>
public sealed class SchedulerHandler
{
    private readonly IOndiloApi _api;
    private readonly IDayLedger _ledger;
    private readonly IWorkQueue _queue;
    private readonly TimeProvider _time;
    private readonly SchedulerOptions _options;

    public SchedulerHandler(IOndiloApi api, IDayLedger ledger, IWorkQueue queue, TimeProvider time, SchedulerOptions options)
    {
        ArgumentNullException.ThrowIfNull(api);
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(queue);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(options);
        (_api, _ledger, _queue, _time, _options) = (api, ledger, queue, time, options);
    }

    /// <summary>
    /// Runs once. Throws <see cref="SchedulerInputException"/> for a bad input, and <see cref="OndiloApiException"/>
    /// when the API fails or the shared budget has no call left this hour (then nothing is enqueued either).
    /// </summary>
    public async Task<SchedulerSummary> HandleAsync(JsonElement payload, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        if (!SchedulerRequestParser.TryParse(payload, now, out var request, out var error))
        {
            throw new SchedulerInputException(error!);
        }

        var callsBefore = _api.Calls;
        var pools = await ListPoolsAsync(cancellationToken);
        var wanted = request!.Pools is null ? pools : pools.Where(p => request.Pools.Contains(p.Id)).ToArray();
        var unknown = request.Pools?.Where(id => pools.All(p => p.Id != id)).ToArray() ?? [];
        var runId = NewRunId(now);
        var healing = GapHealing.RangeFor(request, now);
        // A daily run and a month backfill read the pools their budget's plan picks (every pool while all fit in a day):
        // a month of many pools enqueued at once would wait through deferrals for days and dead-letter. The pools it leaves
        // are the daily runs' to heal. Another explicit request reads every pool it is for.
        var planned = healing is not null || request is { Trigger: SchedulerTrigger.Month, Force: false };
        var ledgers = new Dictionary<long, (OndiloPool Pool, IReadOnlyList<string> Types, IReadOnlyDictionary<DateOnly, LedgerEntry> Ledger)>();
        foreach (var pool in wanted)
        {
            // A planned run reads the ledger up to today: its read plan needs how far each pool has got.
            var ledger = await _ledger.GetAsync(pool.Id, healing?.From ?? request.Days.From, planned ? UtcDay.Of(now) : request.Days.To, cancellationToken);
            ledgers[pool.Id] = (pool, MeasureType.ForPool(pool.DisinfectionPrimary, _options.MeasureTypes), ledger);
        }

        var budget = _options.Reads with { ThresholdCalls = wanted.Count(pool => ReadsThresholds(pool, request.Trigger, now)) };
        var reads = planned
            ? ReadPlanner.Plan(ledgers.Values.Select(l => PoolProgress.FromLedger(l.Pool.Id, l.Ledger, l.Types, now, HistoryWindow.Depth)).ToArray(), budget, now)
            : null;
        var plans = (reads?.Reads.Select(r => ledgers[r.PoolId]) ?? ledgers.Values)
            .Select(l => DevicePlanner.Plan(l.Pool, l.Types, request, l.Ledger, runId, now, healing))
            .ToList();

        if (!request.DryRun && _options.PoolSnapshots is { } snapshots)
        {
            // Before enqueueing: a failed write fails the run with nothing queued, so a retry starts clean.
            await snapshots.WriteAsync(await SnapshotAsync(pools, wanted, request.Trigger, runId, now, cancellationToken), cancellationToken);
        }

        var messages = plans.SelectMany(p => p.Messages).ToArray();
        if (!request.DryRun && messages.Length > 0)
        {
            await _queue.SendAsync(messages, cancellationToken);
        }

        return new SchedulerSummary
        {
            RunId = runId,
            Trigger = request.Trigger,
            From = request.Days.From,
            To = request.Days.To,
            Pools = wanted.Count,
            PoolIds = wanted.Select(p => p.Id).ToArray(),
            UnknownPools = unknown,
            Planned = messages.Length,
            Enqueued = request.DryRun ? 0 : messages.Length,
            Skipped = plans.Sum(p => p.Skipped.Count),
            Refused = plans.Sum(p => p.Refused.Count),
            Settling = plans.Sum(p => p.Settling.Count),
            Healed = plans.Sum(p => p.Healed.Count),
            Reads = reads is null ? null : ReadPlanSummary.Of(reads, now),
            ApiCalls = _api.Calls - callsBefore,
            DryRun = request.DryRun,
            PlannedAt = now,
        };
    }

    private async Task<IReadOnlyList<OndiloPool>> ListPoolsAsync(CancellationToken cancellationToken)
    {
        using var calls = await _api.ReserveAsync(1, cancellationToken);
        if (!calls.Granted)
        {
            throw new OndiloApiException(
                OndiloFailure.QuotaExhausted,
                "/pools",
                statusCode: null,
                string.Create(CultureInfo.InvariantCulture, $"The shared budget of Ondilo API calls is spent until {calls.RetryAt:yyyy-MM-dd HH:mm} UTC; the pools were not listed and nothing was enqueued."));
        }

        return await _api.ListPoolsAsync(cancellationToken);
    }

    // The snapshot lists every pool (the list cost nothing more); thresholds are read only for the pools this run is for.
    private async Task<PoolSnapshot> SnapshotAsync(IReadOnlyList<OndiloPool> pools, IReadOnlyList<OndiloPool> wanted, SchedulerTrigger trigger, string runId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var records = new List<PoolSnapshotRecord>(pools.Count);
        foreach (var pool in pools)
        {
            var configuration = wanted.Contains(pool) && ReadsThresholds(pool, trigger, now)
                ? await TryReadConfigurationAsync(pool.Id, cancellationToken)
                : null;
            records.Add(PoolSnapshotLayout.RecordOf(pool, configuration, runId, now));
        }

        return new PoolSnapshot { RunId = runId, TakenAt = now, Pools = records };
    }

    // A month backfill is the initial load: it reads the thresholds too, daily runs once a week per pool.
    private bool ReadsThresholds(OndiloPool pool, SchedulerTrigger trigger, DateTimeOffset now) =>
        _options.ReadPoolThresholds && _options.PoolSnapshots is not null
        && (trigger == SchedulerTrigger.Month || PoolSnapshotLayout.IsConfigurationDay(pool.Id, UtcDay.Of(now)));

    // Thresholds are a nicety: no budget or a failed read leaves them out of this week's snapshot, never fails the run.
    private async Task<OndiloPoolConfiguration?> TryReadConfigurationAsync(long poolId, CancellationToken cancellationToken)
    {
        using var calls = await _api.ReserveAsync(1, cancellationToken);
        if (!calls.Granted)
        {
            return null;
        }

        try
        {
            return await _api.GetConfigurationAsync(poolId, cancellationToken);
        }
        catch (OndiloApiException ex) when (ex.Failure is not OndiloFailure.LoginRequired)
        {
            return null;
        }
    }

    private static string NewRunId(DateTimeOffset now) =>
        string.Create(CultureInfo.InvariantCulture, $"{now.UtcDateTime:yyyyMMdd'T'HHmmss'Z'}-{Guid.NewGuid().ToString("N")[..6]}");
}
