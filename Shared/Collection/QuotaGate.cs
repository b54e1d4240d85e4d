using System.Globalization;
using OndiloFanout.Ondilo;
using OndiloFanout.Ports;

namespace OndiloFanout.Collection;

/// <summary>
/// Counts every Ondilo call against the shared hourly budget, and paces them. A caller reserves the calls it is
/// about to make in one atomic take (so a fetch never starts with budget for only half its types); calls beyond the
/// reservation (a refresh after a 401) are taken one by one and refused when the budget is spent.
/// </summary>
public sealed class QuotaGate : IApiCallGate
{
    /// <summary>
    /// The default spacing of calls from one process: 2.5 per second, so the stack's two concurrent fetchers stay
    /// within the API's 5 per second (whose 400 answer looks exactly like the hourly block).
    /// </summary>
    public static TimeSpan DefaultMinimumInterval { get; } = TimeSpan.FromMilliseconds(400);

    private readonly IQuotaBudget _budget;
    private readonly TimeProvider _time;
    private readonly TimeSpan _minimumInterval;
    private readonly Func<DateTimeOffset, CancellationToken, Task> _waitUntil;
    private readonly Lock _paceLock = new();
    private DateTimeOffset _nextSlot = DateTimeOffset.MinValue;
    private int _reserved;
    private int _calls;

    /// <param name="budget">The shared hourly budget.</param>
    /// <param name="time">The clock the pacing reads.</param>
    /// <param name="minimumInterval">The least time between two calls; zero turns pacing off.</param>
    /// <param name="waitUntil">How to wait for a call's slot; <c>null</c> waits on <paramref name="time"/>. A simulated
    /// clock passes its own, so pacing costs simulated time rather than real time.</param>
    public QuotaGate(IQuotaBudget budget, TimeProvider time, TimeSpan minimumInterval, Func<DateTimeOffset, CancellationToken, Task>? waitUntil = null)
    {
        ArgumentNullException.ThrowIfNull(budget);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentOutOfRangeException.ThrowIfLessThan(minimumInterval, TimeSpan.Zero);
        (_budget, _time, _minimumInterval) = (budget, time, minimumInterval);
        _waitUntil = waitUntil ?? ((slot, cancellationToken) => Task.Delay(slot - time.GetUtcNow(), time, cancellationToken));
    }

    /// <summary>Calls that went through the gate.</summary>
    public int Calls => Volatile.Read(ref _calls);

    /// <summary>Takes <paramref name="calls"/> from the budget for the calls that follow; all or none.</summary>
    public async Task<QuotaGrant> ReserveAsync(int calls, CancellationToken cancellationToken)
    {
        var grant = await _budget.TryTakeAsync(calls, cancellationToken);
        if (grant.Granted)
        {
            Interlocked.Add(ref _reserved, calls);
        }

        return grant;
    }

    /// <summary>
    /// Tells the gate how the API refused a call: when it is the API's quota answer (<see cref="OndiloApiException.EndsTheHour"/>),
    /// the shared budget is emptied until the next hour, so no scheduler or fetcher calls again before the block ends.
    /// Returns whether it was.
    /// </summary>
    public async Task<bool> ReportRefusalAsync(OndiloApiException refusal, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        if (!refusal.EndsTheHour)
        {
            return false;
        }

        await _budget.ExhaustAsync(cancellationToken);
        return true;
    }

    /// <summary>Forgets what is left of a reservation (its calls stay spent: the budget only ever counts up).</summary>
    public void ClearReservation() => Interlocked.Exchange(ref _reserved, 0);

    public async ValueTask BeforeCallAsync(string endpoint, CancellationToken cancellationToken)
    {
        if (!TryUseReserved())
        {
            var grant = await _budget.TryTakeAsync(1, cancellationToken);
            if (!grant.Granted)
            {
                throw new OndiloApiException(
                    OndiloFailure.QuotaExhausted,
                    endpoint,
                    statusCode: null,
                    string.Create(CultureInfo.InvariantCulture, $"The shared budget of Ondilo API calls is spent until {grant.RetryAt:yyyy-MM-dd HH:mm} UTC; {endpoint} was not called."));
            }
        }

        await PaceAsync(cancellationToken);
        Interlocked.Increment(ref _calls);
    }

    private async Task PaceAsync(CancellationToken cancellationToken)
    {
        if (_minimumInterval == TimeSpan.Zero)
        {
            return;
        }

        DateTimeOffset slot;
        var now = _time.GetUtcNow();
        lock (_paceLock)
        {
            slot = _nextSlot > now ? _nextSlot : now;
            _nextSlot = slot + _minimumInterval;
        }

        if (slot > now)
        {
            await _waitUntil(slot, cancellationToken);
        }
    }

    private bool TryUseReserved()
    {
        while (true)
        {
            var left = Volatile.Read(ref _reserved);
            if (left <= 0)
            {
                return false;
            }

            if (Interlocked.CompareExchange(ref _reserved, left - 1, left) == left)
            {
                return true;
            }
        }
    }
}
