using Ondilo.Simulator;
using Ondilo.Simulator.Data;
using OndiloFanout.Domain.Collection;
using OndiloFanout.Domain.Pools;

namespace OndiloFanout.Tests.Reliability;

/// <summary>
/// One account of many pools collected by a daily run over many days, on a simulated clock that starts on an empty
/// lake: the production <see cref="ReadPlanner"/> picks the pools from what the ledger says, <see cref="DevicePlanner"/>
/// plans their device-day messages, and a first-in first-out queue serves them as the shared hourly budget lets them
/// through (a token refresh in every hour that calls, the scheduler's pool list in its own), choosing each window as
/// the fetcher does and writing through the production <see cref="LedgerRules"/>. The API is the simulator's
/// (<see cref="UploadedMeasures.Window"/>: rolling windows that end at the read and show what the ICO had uploaded).
/// One type's measures stand for a pool's six — each type is read through the same window and written by the same
/// rules — so a read costs six calls but only one type is materialized, and the lake is a bit per pool and hour.
/// </summary>
internal sealed class ReadPlanModel
{
    private const int ProblemsKept = 20;
    private static readonly IReadOnlyList<string> Types = [MeasureType.Rssi];
    private static readonly TimeSpan Depth = HistoryWindow.Depth;

    private readonly SimulatedAccount _account;
    private readonly MeasureSchedule _schedule;
    private readonly OndiloPool[] _pools;
    private readonly Dictionary<long, int> _indexOf;
    private readonly ReadPlanOptions _options;
    private readonly DateTimeOffset _start;
    private readonly int _days;
    // The first run's reach: the oldest instant of the API's history then. Everything measured after it counts.
    private readonly DateTimeOffset _reach;
    private readonly ModelLake _lake;
    private readonly Dictionary<DateOnly, LedgerEntry>[] _ledgers;
    private readonly DateOnly?[] _newestComplete;
    private readonly int[] _lastReadRun;
    private readonly ModelLosses _losses;
    private readonly Queue<WorkMessage> _queue = new();
    private readonly ModelBudget _budget;
    private readonly List<ReadPlan> _plans = [];
    private readonly List<string> _problems = [];
    private Dictionary<long, (TimeSpan Lost, DateTimeOffset Oldest)> _planned = [];
    private int _steadyFrom = int.MaxValue;
    private int _problemCount;
    private int _worstLag;
    private int _steadyWorstLag;
    private int _steadyLongestInterval;

    /// <param name="start">The first run (the daily run's time of day); the lake is empty before it.</param>
    public ReadPlanModel(int pools, int callsPerHour, DateTimeOffset start, int days, int seed = 1)
    {
        _account = new SimulatedAccount(seed, pools);
        _schedule = new MeasureSchedule(seed);
        _pools = _account.Pools.Select(p => new OndiloPool { Id = p.Id, Name = p.Name, DisinfectionPrimary = p.DisinfectionPrimary }).ToArray();
        _indexOf = _pools.Select((p, i) => (p.Id, i)).ToDictionary(x => x.Id, x => x.i);
        _options = new ReadPlanOptions { CallsPerHour = callsPerHour };
        _budget = new ModelBudget(callsPerHour);
        (_start, _days) = (start, days);
        _reach = start - Depth;
        _lake = new ModelLake(pools, QuotaWindow.HourStart(_reach), start.AddDays(days + 1));
        _ledgers = _pools.Select(_ => new Dictionary<DateOnly, LedgerEntry>()).ToArray();
        _newestComplete = new DateOnly?[pools];
        _lastReadRun = Enumerable.Repeat(-1, pools).ToArray();
        _losses = new ModelLosses(pools, _reach);
    }

    public ReadPlanOutcome Run()
    {
        var end = _start.AddDays(_days);
        var nextRun = _start;
        for (var hour = QuotaWindow.HourStart(_start); hour < end; hour = hour.AddHours(1))
        {
            CheckLag(hour);
            Serve(hour);
            if (QuotaWindow.HourStart(nextRun) == hour)
            {
                RunScheduler(nextRun);
                Serve(nextRun);
                nextRun = nextRun.AddDays(1);
            }
        }

        var measuresLost = Audit(end);
        var wholeSteadyDays = _budget.CallsByDay.Where(d => d.Key > UtcDay.Of(_start).AddDays(_steadyFrom) && d.Key < UtcDay.Of(end)).Select(d => d.Value).DefaultIfEmpty(0);
        return new ReadPlanOutcome
        {
            Pools = _pools.Length,
            FirstPlan = _plans[0],
            MostCallsInADay = _budget.CallsByDay.Values.Max(),
            SteadyCallsPerDay = wholeSteadyDays.Average(),
            SteadyLongestInterval = _steadyLongestInterval,
            WorstLag = _worstLag,
            SteadyWorstLag = _steadyWorstLag,
            LagBoundDays = _plans[^1].LagBoundDays,
            HistoryLost = _losses.Total,
            MeasuresLost = measuresLost,
            Problems = _problemCount > ProblemsKept ? [.. _problems, $"… and {_problemCount - ProblemsKept} more"] : _problems,
        };
    }

    private void RunScheduler(DateTimeOffset at)
    {
        if (_queue.Count > 0)
        {
            Problem($"{at:yyyy-MM-dd HH:mm}: {_queue.Count} messages of the previous run are still queued");
        }

        if (!_budget.TrySpend(ReadPlanOptions.SchedulerCallsPerRun, at))
        {
            Problem($"{at:yyyy-MM-dd HH:mm}: no budget left for the scheduler");
        }

        var progress = _pools.Select((p, i) => PoolProgress.FromLedger(p.Id, _ledgers[i], Types, at, Depth)).ToArray();
        var plan = ReadPlanner.Plan(progress, _options, at);
        if (_plans.Count > 0 && plan.LagDays > _plans[^1].LagBoundDays)
        {
            Problem($"{at:yyyy-MM-dd HH:mm}: the plan reports a lag of {plan.LagDays} days, above the previous plan's bound of {_plans[^1].LagBoundDays}");
        }

        _steadyFrom = _plans.Count == 0 ? plan.CatchUpDays ?? plan.ReadIntervalDays : _steadyFrom;
        _plans.Add(plan);
        _planned = plan.Reads.ToDictionary(r => r.PoolId, r => (r.Lost, progress[_indexOf[r.PoolId]].OldestUncollected));
        SchedulerRequestParser.TryParse(default, at, out var request, out _);
        var healing = GapHealing.RangeFor(request!, at);
        foreach (var read in plan.Reads)
        {
            var pool = _indexOf[read.PoolId];
            var messages = DevicePlanner.Plan(_pools[pool], Types, request!, _ledgers[pool], $"run-{_plans.Count}", at, healing).Messages;
            if (messages.Count == 0)
            {
                Problem($"{at:yyyy-MM-dd HH:mm}: pool {read.PoolId} is planned but has nothing to read");
            }

            foreach (var message in messages)
            {
                _queue.Enqueue(message);
            }
        }
    }

    // The fetcher's order of checks: a day already settled costs nothing, a day the history lost is closed unread.
    private void Serve(DateTimeOffset at)
    {
        while (_queue.TryPeek(out var message))
        {
            var pool = _indexOf[message.PoolId];
            var entry = _ledgers[pool].GetValueOrDefault(message.Day);
            if (LedgerRules.IsDone(entry, rewrite: false))
            {
                _queue.Dequeue();
            }
            else if (HistoryWindow.IsGone(message.Day, at))
            {
                _losses.Lose(pool, CollectedUpTo(pool, at), UtcDay.End(message.Day));
                _ledgers[pool][message.Day] = LedgerRules.Close(entry, message.PoolId, message.Day, message.RunId, at);
                _queue.Dequeue();
            }
            else if (_budget.TrySpend(_options.CallsPerRead, at))
            {
                _queue.Dequeue();
                Read(pool, message, at);
            }
            else
            {
                return;
            }
        }
    }

    private void Read(int pool, WorkMessage message, DateTimeOffset at)
    {
        var ledger = _ledgers[pool];
        var id = _pools[pool].Id;
        // As the fetcher chooses: the scheduler's window, or a wider one if the day needs it by now.
        var needed = HistoryWindow.SmallestCovering(message.Day, at);
        var period = message.Window is { } hinted && hinted > needed ? hinted : needed;
        var window = FetchWindow.Covered(period, at, at);
        _losses.Lose(pool, CollectedUpTo(pool, at), window.From);
        if (_planned.Remove(id, out var planned) && planned.Lost != (window.From > planned.Oldest ? window.From - planned.Oldest : TimeSpan.Zero))
        {
            Problem($"{at:yyyy-MM-dd HH:mm}: pool {id}'s read began {window.From:yyyy-MM-dd HH:mm}, its plan said it would lose {planned.Lost} from {planned.Oldest:yyyy-MM-dd HH:mm}");
        }

        var measures = UploadedMeasures.Window(_account, _account.Pools[pool], MeasureType.Rssi, at, period.Span())
            .Select(m => new OndiloMeasure { DataType = m.DataType, Value = m.Value, ValueTime = m.ValueTime, IsValid = m.IsValid, ExclusionReason = m.ExclusionReason })
            .ToArray();
        var writes = LedgerRules.PlanWrites(id, window, measures, ledger, message, at);
        foreach (var write in writes)
        {
            foreach (var measure in write.Measures)
            {
                _lake.Write(pool, measure.ValueTime);
            }

            ledger[write.Day] = write.Entry;
            _newestComplete[pool] = write.Entry.Status == DayStatus.Complete && !(_newestComplete[pool] > write.Day) ? write.Day : _newestComplete[pool];
        }

        if (!writes.Any(w => w.Day == message.Day && w.Entry.IsSettled))
        {
            Problem($"{at:yyyy-MM-dd HH:mm}: pool {id}'s {period} read left {message.Day:yyyy-MM-dd} unsettled (the fetcher would read it again)");
        }

        var run = _plans.Count - 1;
        if (_lastReadRun[pool] >= 0 && run >= _steadyFrom)
        {
            _steadyLongestInterval = Math.Max(_steadyLongestInterval, run - _lastReadRun[pool]);
        }

        _lastReadRun[pool] = run;
    }

    // Where the pool's history stops being in the lake or counted as lost. The ledger has no entry for the days a read
    // could no longer reach at all, so it is read only from where the last loss ends.
    private DateTimeOffset CollectedUpTo(int pool, DateTimeOffset at)
    {
        var accounted = _losses.AccountedUpTo(pool);
        return PoolProgress.FromLedger(_pools[pool].Id, _ledgers[pool], Types, at, at - accounted).OldestUncollected;
    }

    // The lag as the ledger shows it at the top of every hour, before the hour's reads.
    private void CheckLag(DateTimeOffset at)
    {
        if (_plans.Count == 0)
        {
            return;
        }

        var today = UtcDay.Of(at);
        var lag = _newestComplete.Max(newest => today.DayNumber - (newest ?? UtcDay.Of(at - Depth).AddDays(-1)).DayNumber);
        _worstLag = Math.Max(_worstLag, lag);
        _steadyWorstLag = _plans.Count > _steadyFrom ? Math.Max(_steadyWorstLag, lag) : _steadyWorstLag;
        if (lag > _plans[^1].LagBoundDays)
        {
            Problem($"{at:yyyy-MM-dd HH:mm}: a lag of {lag} days, above the plan's bound of {_plans[^1].LagBoundDays}");
        }
    }

    // Every measure after the first run's reach: in the lake once, or gone from the API inside a loss a read measured,
    // or still in the API's history after its pool's oldest uncollected instant.
    private int Audit(DateTimeOffset end)
    {
        if (_lake.Twice > 0)
        {
            Problem($"{_lake.Twice} measures are in the lake twice");
        }

        var lost = 0;
        for (var pool = 0; pool < _pools.Length; pool++)
        {
            _losses.Lose(pool, CollectedUpTo(pool, end), end - Depth);

            var oldest = PoolProgress.FromLedger(_pools[pool].Id, _ledgers[pool], Types, end, Depth).OldestUncollected;
            for (var hour = MeasureSchedule.HourOf(_reach); hour <= MeasureSchedule.HourOf(end); hour++)
            {
                var time = _schedule.TimeOf(_account.Pools[pool], hour);
                if (time <= _reach || time > end || _lake.Holds(pool, time))
                {
                    continue;
                }

                if (time <= end - Depth)
                {
                    lost++;
                    if (!_losses.Covers(pool, time))
                    {
                        Problem($"pool {_pools[pool].Id}: the measure of {time:yyyy-MM-dd HH:mm:ss} is gone, outside any loss a read measured");
                    }
                }
                else if (time < oldest)
                {
                    Problem($"pool {_pools[pool].Id}: the measure of {time:yyyy-MM-dd HH:mm:ss} is not in the lake, though the ledger holds its day");
                }
            }
        }

        foreach (var (day, calls) in _budget.CallsByDay.Where(d => d.Value > _budget.CallsPerDay))
        {
            Problem($"{day:yyyy-MM-dd}: {calls} calls, above the day's budget of {_budget.CallsPerDay}");
        }

        return lost;
    }

    private void Problem(string problem)
    {
        if (++_problemCount <= ProblemsKept)
        {
            _problems.Add(problem);
        }
    }
}
