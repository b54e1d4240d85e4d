using System.Globalization;
using System.Net;
using Microsoft.Extensions.Time.Testing;
using Ondilo.Simulator;
using Ondilo.Simulator.Data;
using OndiloFanout.Contracts;
using OndiloFanout.Domain.Collection;
using OndiloFanout.Domain.Pools;
using OndiloFanout.Local;
using OndiloFanout.Local.Run;
using OndiloFanout.Ondilo;
using OndiloFanout.Pipeline.Composition;
using OndiloFanout.Pipeline.Scheduler;
using OndiloFanout.Tests.TestDoubles;

namespace OndiloFanout.Tests.Reliability;

/// <summary>
/// One account of many pools collected by the real pipeline for weeks, on an empty lake: the composer's scheduler runs
/// each day at the deployed schedule's time (02:30 UTC) and plans from the ledger; the fetcher drains the in-process
/// queue with the CLI's event source until the next run, deferring what the shared budget does not let through; the
/// OndiloClient calls the simulator over HTTP, whose own quota is the budget. The clock is fast-forward and fake; the
/// state and the lake are in memory (<see cref="ReliabilityMemoryStateStore"/>, <see cref="ReliabilityHourLake"/>), so
/// 60 days of 1,000 pools take minutes, and every request is logged on the wire (<see cref="ReliabilityCallLog"/>).
/// </summary>
internal sealed class ReadPlanPipeline : IAsyncDisposable
{
    /// <summary>The default shared budget.</summary>
    public const int CallsPerHour = QuotaLimits.DefaultCallsPerHour;

    private static readonly TimeSpan Depth = HistoryWindow.Depth;

    private readonly OndiloSimulatorHost _simulator;
    private readonly FastForwardTimeProvider _time;
    private readonly RunBoundClock _clock;
    private readonly ReliabilityCallLog _calls;
    private readonly HttpClient _http;
    private readonly ReliabilityMemoryStateStore _state;
    private readonly InProcessWorkQueue _queue;
    private readonly ReliabilityHourLake _lake;
    private readonly PipelineComposer _pipeline;
    private readonly SchedulerHandler _scheduler;
    private readonly LocalEventSource _events;
    private readonly MeasureSchedule _schedule;
    private readonly IReadOnlyList<string> _types;
    private readonly DateTimeOffset _start;
    private readonly FetchTally _tally = new();
    private readonly List<SchedulerSummary> _runs = [];

    private ReadPlanPipeline(OndiloSimulatorHost simulator, FastForwardTimeProvider time, IReadOnlyList<string> types, DateTimeOffset start, int days)
    {
        (_simulator, _time, _types, _start) = (simulator, time, types, start);
        _clock = new RunBoundClock(time);
        _calls = new ReliabilityCallLog(time);
        _http = new HttpClient(_calls) { Timeout = Timeout.InfiniteTimeSpan };
        _state = new ReliabilityMemoryStateStore(time, CallsPerHour);
        _queue = new InProcessWorkQueue(time);
        _schedule = new MeasureSchedule(simulator.Account.Seed);
        var pools = simulator.Account.Pools.ToDictionary(p => p.Id);
        _lake = new ReliabilityHourLake(pools.Keys.ToArray(), start - Depth, start.AddDays(days + 1), (id, hour) => _schedule.TimeOf(pools[id], hour));
        var minted = simulator.IssueToken();
        _pipeline = new PipelineComposer(new PipelineSeams
        {
            Time = time,
            WaitUntil = (instant, _) => Task.FromResult(time.TryAdvanceTo(instant)),
            Queue = _queue,
            State = _state,
            Sink = _lake,
            Tokens = new MemoryTokenStore(new OndiloToken { AccessToken = minted.AccessToken, RefreshToken = minted.RefreshToken, ExpiresAt = start.AddSeconds(minted.ExpiresIn), Scope = "api" }),
            Http = _http,
            Api = new OndiloClientOptions { BaseUri = simulator.BaseUri },
        });
        _scheduler = _pipeline.CreateScheduler(new SchedulerOptions { MeasureTypes = types, Reads = ReadPlanOptions.For(CallsPerHour, types) });
        _events = new LocalEventSource(_queue, _pipeline.CreateFetcher(), _clock);
    }

    /// <param name="types">The measure types collected: a read takes one call per type its pool has.</param>
    /// <param name="start">The first daily run; the lake is empty before it.</param>
    public static async Task<ReadPlanPipeline> StartAsync(int pools, IReadOnlyList<string> types, DateTimeOffset start, int days)
    {
        var time = new FastForwardTimeProvider(new FakeTimeProvider(start));
        // The API's own quota is the budget (the phone app has the rest of its 30): a call over it is refused.
        var simulator = await OndiloSimulatorHost.StartAsync(new SimulatorOptions { Pools = pools, CallsPerHour = CallsPerHour }, time, CancellationToken.None);
        return new ReadPlanPipeline(simulator, time, types, start, days);
    }

    /// <summary>Runs the scheduler daily for <paramref name="days"/> days, the fetcher in between, and audits what it did.</summary>
    public async Task<ReadPlanPipelineOutcome> RunAsync(int days)
    {
        for (var day = 0; day < days; day++)
        {
            var run = _start.AddDays(day);
            _time.TryAdvanceTo(run);
            _clock.Until = run.AddDays(1);
            _runs.Add(await _pipeline.ScheduleAsync(_scheduler, "{}", onWait: null, CancellationToken.None));
            try
            {
                await _events.DrainAsync(_tally, () => { }, CancellationToken.None);
            }
            catch (OperationCanceledException) when (_queue.NextVisibleAt >= _clock.Until)
            {
                // The next run is due: what is still queued waits for the budget of the hours after it.
            }
        }

        var end = _start.AddDays(days);
        _time.TryAdvanceTo(end);
        return await AuditAsync(end);
    }

    public async ValueTask DisposeAsync()
    {
        _pipeline.Dispose();
        _http.Dispose();
        await _simulator.DisposeAsync();
    }

    private async Task<ReadPlanPipelineOutcome> AuditAsync(DateTimeOffset end)
    {
        var problems = new List<string>();
        var plans = _runs.Select(r => r.Reads!).ToArray();
        problems.AddRange(plans.Skip(1).Zip(plans).Select((p, i) => (Plan: p.First, Bound: p.Second.LagBoundDays, Run: i + 1))
            .Where(p => p.Plan.LagDays > p.Bound)
            .Select(p => $"run {p.Run}: the plan reports a lag of {p.Plan.LagDays} days, above the previous plan's bound of {p.Bound}"));
        problems.AddRange(_queue.DeadLetters.Select(d => $"dead-lettered: {d.Reason}"));
        if (_state.StreaksWritten > 0 || _tally.Retries > 0)
        {
            problems.Add($"{_state.StreaksWritten} failure streaks written, {_tally.Retries} deliveries to retry");
        }

        if (_lake.Twice > 0 || _lake.Strangers > 0)
        {
            problems.Add($"{_lake.Twice} records of a measure already in the lake, {_lake.Strangers} of no measure");
        }

        var calls = _calls.Calls;
        if (calls.Count != _simulator.RequestCount)
        {
            problems.Add($"the simulator answered {_simulator.RequestCount} requests, the pipeline sent {calls.Count}");
        }

        problems.AddRange(calls.Where(c => c.Status != HttpStatusCode.OK).GroupBy(c => c.Status).Select(g => $"{g.Count()} calls answered {(int)g.Key}"));
        var byHour = calls.CountBy(c => QuotaWindow.HourStart(c.At)).ToArray();
        problems.AddRange(byHour.Where(h => h.Value > CallsPerHour).Select(h => $"{h.Key:yyyy-MM-dd HH:mm}: {h.Value} calls, above the hour's budget of {CallsPerHour}"));
        var byDay = calls.CountBy(c => UtcDay.Of(c.At)).ToArray();
        problems.AddRange(byDay.Where(d => d.Value > 24 * CallsPerHour).Select(d => $"{d.Key:yyyy-MM-dd}: {d.Value} calls, above the day's budget of {24 * CallsPerHour}"));

        var steadyFrom = plans[0].CatchUpDays ?? plans[0].IntervalDays;
        var steadyDays = byDay.Where(d => d.Key > UtcDay.Of(_start).AddDays(steadyFrom) && d.Key < UtcDay.Of(end)).Select(d => (double)d.Value).DefaultIfEmpty(0);
        var losses = new List<(int Lost, int AfterFirstRead)>();
        foreach (var pool in _simulator.Account.Pools)
        {
            losses.Add(await AuditPoolAsync(pool, end, problems));
        }

        return new ReadPlanPipelineOutcome
        {
            Pools = _simulator.Account.Pools.Count,
            CallsPerRead = ReadPlanOptions.For(CallsPerHour, _types).CallsPerRead,
            FirstPlan = plans[0],
            SteadyCallsPerDay = steadyDays.Average(),
            MostCallsInADay = byDay.Max(d => d.Value),
            MostCallsInAnHour = byHour.Max(h => h.Value),
            SteadyLongestInterval = SteadyLongestInterval(calls, steadyFrom),
            WorstLag = plans.Max(p => p.LagDays),
            SteadyWorstLag = plans.Skip(steadyFrom).Select(p => p.LagDays).DefaultIfEmpty(0).Max(),
            LagBound = plans.Max(p => p.LagBoundDays),
            HoursLost = losses.Sum(l => l.Lost),
            HoursLostAfterFirstRead = losses.Sum(l => l.AfterFirstRead),
            PoolsLosing = losses.Count(l => l.Lost > 0),
            Deferrals = _tally.Deferrals,
            Problems = problems,
        };
    }

    // Every hour of the pool measured after the first run's reach, up to where its ledger says it is uncollected: in
    // the lake for every type collected, or gone from the API (lost: counted once per hour). An hour at the edge of a
    // read's reach may be in the lake for some types only: each type's window ends when that type is read, seconds apart.
    private async Task<(int Lost, int AfterFirstRead)> AuditPoolAsync(SimulatedPool pool, DateTimeOffset end, List<string> problems)
    {
        var types = MeasureType.ForPool(pool.DisinfectionPrimary, _types);
        var ledger = await _state.GetAsync(pool.Id, UtcDay.Of(end - Depth), UtcDay.Of(end), CancellationToken.None);
        var uncollected = PoolProgress.FromLedger(pool.Id, ledger, types, end, Depth).OldestUncollected;
        var reach = _start - Depth;
        var (lost, afterFirstRead, read) = (0, 0, false);
        for (var hour = MeasureSchedule.HourOf(reach); hour <= MeasureSchedule.HourOf(end); hour++)
        {
            var time = _schedule.TimeOf(pool, hour);
            if (time <= reach || time >= uncollected)
            {
                continue;
            }

            var held = types.Count(type => _lake.Holds(pool.Id, type, hour));
            if (held == types.Count)
            {
                read = true;
            }
            else if (time > end - Depth)
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"pool {pool.Id}: the lake holds {held} of {types.Count} types measured at {time:yyyy-MM-dd HH:mm:ss}, before {uncollected:yyyy-MM-dd HH:mm} where its ledger says the uncollected history begins"));
            }
            else
            {
                lost++;
                afterFirstRead += read ? 1 : 0;
            }
        }

        return (lost, afterFirstRead);
    }

    // Reads are counted by their first type's request, and an interval in daily runs: those the two reads came after. An
    // interval counts once it ends in the steady phase (as in the model), so one that starts during the catch-up counts too.
    private int SteadyLongestInterval(IReadOnlyList<ReliabilityCall> calls, int steadyFrom)
    {
        var firstType = $"type={_types[0]}&";
        return calls.Where(c => c.Path.EndsWith("/measures", StringComparison.Ordinal) && c.Query.Contains(firstType, StringComparison.Ordinal))
            .GroupBy(c => c.Path, c => (int)Math.Floor((c.At - _start).TotalDays))
            .SelectMany(runs => runs.Zip(runs.Skip(1)).Where(r => r.Second >= steadyFrom).Select(r => r.Second - r.First))
            .DefaultIfEmpty(0)
            .Max();
    }
}
