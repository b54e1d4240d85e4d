using System.Globalization;
using OndiloFanout.Collection;
using OndiloFanout.Ondilo;
using OndiloFanout.Ports;

namespace OndiloFanout.Functions.Scheduler;

/// <summary>
/// The scheduler: validates the input, lists the pools (one API call, plus a token refresh at most), and enqueues
/// one message per device-day the ledger does not hold yet.
/// </summary>
internal sealed class SchedulerHandler
{
    private readonly IOndiloApi _api;
    private readonly QuotaGate _gate;
    private readonly IDayLedger _ledger;
    private readonly IWorkQueue _queue;
    private readonly TimeProvider _time;
    private readonly SchedulerOptions _options;

    public SchedulerHandler(IOndiloApi api, QuotaGate gate, IDayLedger ledger, IWorkQueue queue, TimeProvider time, SchedulerOptions options)
    {
        ArgumentNullException.ThrowIfNull(api);
        ArgumentNullException.ThrowIfNull(gate);
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(queue);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(options);
        (_api, _gate, _ledger, _queue, _time, _options) = (api, gate, ledger, queue, time, options);
    }

    /// <summary>
    /// Runs once. Throws <see cref="SchedulerInputException"/> for a bad input, and <see cref="OndiloApiException"/>
    /// when the API fails or the shared budget has no call left this hour (then nothing is enqueued either).
    /// </summary>
    public async Task<SchedulerSummary> HandleAsync(string? payload, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        if (!SchedulerRequestParser.TryParse(payload, now, out var request, out var error))
        {
            throw new SchedulerInputException(error!);
        }

        var callsBefore = _gate.Calls;
        var pools = await ListPoolsAsync(cancellationToken);
        var wanted = request!.Pools is null ? pools : pools.Where(p => request.Pools.Contains(p.Id)).ToArray();
        var unknown = request.Pools?.Where(id => pools.All(p => p.Id != id)).ToArray() ?? [];
        var runId = NewRunId(now);
        var plans = new List<PoolPlan>();
        foreach (var pool in wanted)
        {
            var ledger = await _ledger.GetAsync(pool.Id, request.Days.From, request.Days.To, cancellationToken);
            var types = MeasureType.ForPool(pool.DisinfectionPrimary, _options.MeasureTypes);
            plans.Add(DevicePlanner.Plan(pool, types, request, ledger, runId, now));
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
            ApiCalls = _gate.Calls - callsBefore,
            DryRun = request.DryRun,
        };
    }

    private async Task<IReadOnlyList<OndiloPool>> ListPoolsAsync(CancellationToken cancellationToken)
    {
        var calls = 1 + (await _api.NeedsRefreshAsync(cancellationToken) ? 1 : 0);
        var grant = await _gate.ReserveAsync(calls, cancellationToken);
        if (!grant.Granted)
        {
            throw new OndiloApiException(
                OndiloFailure.QuotaExhausted,
                "/pools",
                statusCode: null,
                string.Create(CultureInfo.InvariantCulture, $"The shared budget of Ondilo API calls is spent until {grant.RetryAt:yyyy-MM-dd HH:mm} UTC; the pools were not listed and nothing was enqueued."));
        }

        try
        {
            return await _api.ListPoolsAsync(cancellationToken);
        }
        finally
        {
            _gate.ClearReservation();
        }
    }

    private static string NewRunId(DateTimeOffset now) =>
        string.Create(CultureInfo.InvariantCulture, $"{now.UtcDateTime:yyyyMMdd'T'HHmmss'Z'}-{Guid.NewGuid().ToString("N")[..6]}");
}
