using Ondilo.Simulator;
using Ondilo.Simulator.Data;
using OndiloFanout.Domain.Collection;
using OndiloFanout.Domain.Pools;

namespace OndiloFanout.Tests.Reliability;

/// <summary>
/// One pool of the simulator read through the production <see cref="LedgerRules"/> and <see cref="FetchWindow"/>, with
/// the API modelled as the simulator serves it (<see cref="UploadedMeasures.Window"/>: a window ends at the read's
/// time and shows only what was uploaded by then), but with any upload lag: the same for every measure (uploads in
/// order) or drawn per measure up to <see cref="MaxLag"/> (uploads out of order). Keeps the lake as record ids and the ledger.
/// </summary>
internal sealed class LedgerModel
{
    private readonly SimulatedAccount _account;
    private readonly SimulatedPool _pool;
    private readonly IReadOnlyList<string> _types;
    private readonly TimeSpan _lag;
    private readonly bool _lagPerMeasure;
    private readonly Dictionary<DateOnly, LedgerEntry> _ledger = [];
    private readonly List<string> _lake = [];
    private int _reads;

    public LedgerModel(int seed, TimeSpan lag, bool lagPerMeasure)
    {
        _account = new SimulatedAccount(seed, 1);
        // The window's measures come from the simulator without its own lag; the model's lag is applied on top.
        _pool = _account.Pools[0] with { UploadDelay = TimeSpan.Zero };
        _types = MeasureType.ForPool(_pool.DisinfectionPrimary, MeasureType.All);
        (_lag, _lagPerMeasure) = (lag, lagPerMeasure);
    }

    /// <summary>The longest upload lag the model draws: the ledger's 2 hours of settling must cover it.</summary>
    public static TimeSpan MaxLag { get; } = TimeSpan.FromMinutes(90);

    /// <summary>Reads the window once per type, as the fetcher does, and applies the writes the ledger's rules plan.</summary>
    public FetchWindow Read(ModelRead read)
    {
        ArgumentNullException.ThrowIfNull(read);
        var measures = new List<OndiloMeasure>();
        var lastReadAt = read.At;
        for (var i = 0; i < _types.Count; i++)
        {
            lastReadAt = read.At + (read.Pace * i);
            measures.AddRange(Visible(_types[i], read.Period, lastReadAt));
        }

        var window = FetchWindow.Covered(read.Period, read.At, lastReadAt);
        var message = new WorkMessage { Version = WorkMessage.CurrentVersion, RunId = $"run-{++_reads}", PoolId = _pool.Id, Day = UtcDay.Of(read.At).AddDays(-1), Types = _types };
        foreach (var write in LedgerRules.PlanWrites(_pool.Id, window, measures, _ledger, message, lastReadAt))
        {
            _lake.AddRange(write.Measures.Select(m => RecordFactory.RecordIdOf(_pool.Id, m.DataType, m.ValueTime)));
            _ledger[write.Day] = write.Entry;
        }

        return window;
    }

    /// <summary>Broken promises so far: a record twice, or a day marked complete that lacks a measure.</summary>
    public IEnumerable<string> Problems()
    {
        foreach (var twice in _lake.GroupBy(id => id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            yield return $"{twice.Key} is in the lake {twice.Count()} times";
        }

        foreach (var (day, entry) in _ledger.Where(e => e.Value.Status == DayStatus.Complete))
        {
            var missing = Truth(day).Except(_lake, StringComparer.Ordinal).Count();
            if (missing > 0)
            {
                yield return $"{day:yyyy-MM-dd} is complete but lacks {missing} of {Truth(day).Count} measures";
            }
        }
    }

    /// <summary>The days <paramref name="window"/> could read whole and settled that are not in the lake exactly as measured, or not complete.</summary>
    public IEnumerable<string> Unsettled(FetchWindow window)
    {
        ArgumentNullException.ThrowIfNull(window);
        for (var day = UtcDay.Of(window.From); UtcDay.End(day) + HistoryWindow.SettleTime <= window.To; day = day.AddDays(1))
        {
            if (UtcDay.Start(day) < window.From)
            {
                continue;
            }

            var truth = Truth(day);
            var written = _lake.Where(id => truth.Contains(id)).Count();
            var status = _ledger.TryGetValue(day, out var entry) ? entry.Status.ToString() : "not in the ledger";
            if (written != truth.Count || entry?.Status != DayStatus.Complete)
            {
                yield return $"{day:yyyy-MM-dd} holds {written} of {truth.Count} measures and is {status}";
            }
        }
    }

    private IEnumerable<OndiloMeasure> Visible(string type, MeasurePeriod period, DateTimeOffset at) =>
        UploadedMeasures.Window(_account, _pool, type, at, period.Span())
            .Where(m => m.ValueTime + LagOf(m) <= at)
            .Select(m => new OndiloMeasure { DataType = m.DataType, Value = m.Value, ValueTime = m.ValueTime, IsValid = m.IsValid, ExclusionReason = m.ExclusionReason });

    private TimeSpan LagOf(SimulatedMeasure measure) => _lagPerMeasure
        ? MaxLag * DeterministicNoise.Unit(_account.Seed, _pool.Id, measure.ValueTime.ToUnixTimeSeconds(), MeasureTypes.IndexOf(measure.DataType))
        : _lag;

    private HashSet<string> Truth(DateOnly day) =>
        _types.SelectMany(t => _account.Measures(_pool.Id, t, UtcDay.Start(day), UtcDay.End(day)))
            .Select(m => RecordFactory.RecordIdOf(_pool.Id, m.DataType, m.ValueTime))
            .ToHashSet(StringComparer.Ordinal);
}
