using OndiloFanout.Domain.Collection;

namespace OndiloFanout.Tests.Reliability;

/// <summary>
/// The shared hourly budget as the quota gate keeps it, for a model: calls are taken all at once or not at all, the
/// first call of an hour brings the hour's token refresh, and every call is counted against its UTC day.
/// </summary>
internal sealed class ModelBudget(int callsPerHour)
{
    private readonly Dictionary<DateOnly, int> _callsByDay = [];
    private DateTimeOffset _hour = DateTimeOffset.MinValue;
    private int _hourCalls;

    public IReadOnlyDictionary<DateOnly, int> CallsByDay => _callsByDay;

    public int CallsPerDay => 24 * callsPerHour;

    public bool TrySpend(int calls, DateTimeOffset at)
    {
        if (QuotaWindow.HourStart(at) != _hour)
        {
            (_hour, _hourCalls) = (QuotaWindow.HourStart(at), 0);
        }

        var total = calls + (_hourCalls == 0 ? 1 : 0);
        if (_hourCalls + total > callsPerHour)
        {
            return false;
        }

        _hourCalls += total;
        _callsByDay[UtcDay.Of(at)] = _callsByDay.GetValueOrDefault(UtcDay.Of(at)) + total;
        return true;
    }
}
