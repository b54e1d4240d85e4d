using OndiloFanout.Collection;
using OndiloFanout.Ports;

namespace OndiloFanout.Tests.TestDoubles;

/// <summary>A budget with a fixed limit for the current hour of a clock.</summary>
internal sealed class InMemoryQuotaBudget(TimeProvider time, int limit) : IQuotaBudget
{
    public int Used { get; private set; }

    public Task<QuotaGrant> TryTakeAsync(int calls, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (!QuotaWindow.Fits(Used, calls, limit))
        {
            return Task.FromResult(new QuotaGrant(false, QuotaWindow.NextHour(now)));
        }

        Used += calls;
        return Task.FromResult(QuotaGrant.Yes(now));
    }

    public Task AddUsedAsync(int calls, CancellationToken cancellationToken)
    {
        Used += calls;
        return Task.CompletedTask;
    }

    public Task ExhaustAsync(CancellationToken cancellationToken)
    {
        Used = Math.Max(Used, limit);
        return Task.CompletedTask;
    }

    public Task<QuotaUsage> GetUsageAsync(CancellationToken cancellationToken) =>
        Task.FromResult(new QuotaUsage(QuotaWindow.HourStart(time.GetUtcNow()), Used, limit));
}
