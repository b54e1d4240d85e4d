using OndiloFanout.Domain.Pools;

namespace OndiloFanout.Domain.Collection;

/// <summary>
/// Plans one message per device-day still to collect. All messages of a pool carry the one window that covers
/// the pool's oldest planned day, so whichever of them runs first reads that window once and writes every day of it.
/// Days of an optional healing range (see <see cref="GapHealing"/>) are planned too when the ledger does not hold them
/// as settled; settled or forgotten ones are left out silently, as nobody asked for them. A day that ended less than
/// <see cref="HistoryWindow.SettleTime"/> ago is left for a later run: no read can complete it yet, and waiting for it
/// would hold up the rest (a read of the pool's other days writes it partial meanwhile).
/// </summary>
public static class DevicePlanner
{
    public static PoolPlan Plan(
        OndiloPool pool,
        IReadOnlyList<string> types,
        SchedulerRequest request,
        IReadOnlyDictionary<DateOnly, LedgerEntry> ledger,
        string runId,
        DateTimeOffset now,
        DayRange? healing = null)
    {
        ArgumentNullException.ThrowIfNull(pool);
        ArgumentNullException.ThrowIfNull(types);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(ledger);
        var refused = new List<DateOnly>();
        var skipped = new List<DateOnly>();
        var settling = new List<DateOnly>();
        var planned = new List<DateOnly>();
        foreach (var day in request.Days.Days())
        {
            if (HistoryWindow.IsGone(day, now))
            {
                refused.Add(day);
            }
            else if (LedgerRules.IsDone(ledger.GetValueOrDefault(day), request.Force))
            {
                skipped.Add(day);
            }
            else if (!HistoryWindow.IsReady(day, now))
            {
                settling.Add(day);
            }
            else
            {
                planned.Add(day);
            }
        }

        var healed = healing is null
            ? []
            : healing.Days().Where(day => !HistoryWindow.IsGone(day, now) && !LedgerRules.IsDone(ledger.GetValueOrDefault(day), rewrite: false)).ToList();
        planned.InsertRange(0, healed);
        var window = planned.Count == 0 ? (MeasurePeriod?)null : HistoryWindow.SmallestCoveringAll(planned, now);
        var messages = planned.Select(day => new WorkMessage
        {
            Version = WorkMessage.CurrentVersion,
            RunId = runId,
            PoolId = pool.Id,
            PoolName = pool.Name,
            Day = day,
            Types = types,
            Window = window,
            Force = request.Force,
            ForceFrom = request.Force ? request.Days.From : null,
            ForceTo = request.Force ? request.Days.To : null,
        }).ToArray();
        return new PoolPlan { PoolId = pool.Id, Messages = messages, Skipped = skipped, Refused = refused, Settling = settling, Healed = healed };
    }
}
