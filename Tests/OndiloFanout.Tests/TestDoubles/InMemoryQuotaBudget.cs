using OndiloFanout.Domain.Collection;
using OndiloFanout.Domain.Ports;

namespace OndiloFanout.Tests.TestDoubles;

/// <summary>A budget with a fixed limit per UTC hour of a clock, keeping what each hour was charged.</summary>
internal sealed class InMemoryQuotaBudget(TimeProvider time, int limit) : IQuotaBudget
{
    private readonly Dictionary<DateTimeOffset, int> _used = [];

    /// <summary>Calls charged to the clock's current hour.</summary>
    public int Used => UsedIn(time.GetUtcNow());

    /// <summary>Calls charged to the hour that holds <paramref name="instant"/>.</summary>
    public int UsedIn(DateTimeOffset instant) => _used.GetValueOrDefault(QuotaWindow.HourStart(instant));

    public Task<QuotaGrant> TryTakeAsync(int calls, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (!QuotaWindow.Fits(Used, calls, limit))
        {
            return Task.FromResult(new QuotaGrant(false, QuotaWindow.NextHour(now)));
        }

        Charge(calls);
        return Task.FromResult(QuotaGrant.Yes(now));
    }

    public Task AddUsedAsync(int calls, CancellationToken cancellationToken)
    {
        Charge(calls);
        return Task.CompletedTask;
    }

    public Task ExhaustAsync(CancellationToken cancellationToken)
    {
        Charge(Math.Max(limit - Used, 0));
        return Task.CompletedTask;
    }

    public Task<QuotaUsage> GetUsageAsync(CancellationToken cancellationToken) =>
        Task.FromResult(new QuotaUsage(QuotaWindow.HourStart(time.GetUtcNow()), Used, limit));

    private void Charge(int calls) => _used[QuotaWindow.HourStart(time.GetUtcNow())] = Used + calls;
}
