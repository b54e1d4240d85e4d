using OndiloFanout.Domain.Collection;
using OndiloFanout.Domain.Ports;

namespace OndiloFanout.Local.Run;

/// <summary>
/// A budget that lives only while one run does: for a simulated run (each starts its own simulator, whose quota is
/// fresh, so an earlier simulated run's calls must not make this one wait) and for a dry run (which writes nothing).
/// Counted per hour of <paramref name="time"/>, like the shared budget.
/// </summary>
public sealed class MemoryQuotaBudget(TimeProvider time, int callsPerHour) : IQuotaBudget
{
    private readonly Lock _lock = new();
    private string _hour = "";
    private int _used;

    public Task<QuotaGrant> TryTakeAsync(int calls, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        lock (_lock)
        {
            if (!QuotaWindow.Fits(UsedIn(now), calls, callsPerHour))
            {
                return Task.FromResult(new QuotaGrant(false, QuotaWindow.NextHour(now)));
            }

            _used += calls;
            return Task.FromResult(QuotaGrant.Yes(now));
        }
    }

    public Task AddUsedAsync(int calls, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            _used = UsedIn(time.GetUtcNow()) + calls;
        }

        return Task.CompletedTask;
    }

    public Task ExhaustAsync(CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            _used = Math.Max(UsedIn(time.GetUtcNow()), callsPerHour);
        }

        return Task.CompletedTask;
    }

    public Task<QuotaUsage> GetUsageAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        lock (_lock)
        {
            return Task.FromResult(new QuotaUsage(QuotaWindow.HourStart(now), UsedIn(now), callsPerHour));
        }
    }

    // Another hour: nothing used in it yet.
    private int UsedIn(DateTimeOffset now)
    {
        var hour = QuotaWindow.KeyOf(now);
        if (hour != _hour)
        {
            (_hour, _used) = (hour, 0);
        }

        return _used;
    }
}
