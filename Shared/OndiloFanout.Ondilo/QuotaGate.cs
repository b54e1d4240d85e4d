using System.Globalization;
using OndiloFanout.Domain.Collection;
using OndiloFanout.Domain.Ports;

namespace OndiloFanout.Ondilo;

/// <summary>
/// Counts every Ondilo call against the shared hourly budget, and paces them (see <see cref="CallPacing"/>). A caller
/// reserves the calls it is about to make in one atomic take (so a fetch never starts with budget for only half its
/// types); calls beyond the reservation (a refresh after a 401) are taken one by one and refused when the budget is
/// spent. Every call is charged to the hour it goes out in: none goes out in an hour's last
/// <see cref="QuotaWindow.EndMargin"/>, a reservation that could not finish before then waits for the next hour, and
/// reserved calls that still run into the next hour (slow answers) are charged to it again.
/// </summary>
public sealed class QuotaGate : IApiCallGate
{
    private readonly IQuotaBudget _budget;
    private readonly TimeProvider _time;
    private readonly TimeSpan _minimumInterval;
    private readonly Func<DateTimeOffset, CancellationToken, Task> _waitUntil;
    private readonly Lock _lock = new();
    private DateTimeOffset _nextSlot = DateTimeOffset.MinValue;
    private int _reserved;
    private DateTimeOffset _reservedHour;
    private int _calls;

    /// <param name="budget">The shared hourly budget.</param>
    /// <param name="time">The clock the pacing reads.</param>
    /// <param name="minimumInterval">The least time between two calls; zero turns the spacing off (the hour's end margin stays).</param>
    /// <param name="waitUntil">How to wait for a call's slot; <c>null</c> waits on <paramref name="time"/>. A simulated
    /// clock passes its own, so pacing costs simulated time rather than real time.</param>
    public QuotaGate(IQuotaBudget budget, TimeProvider time, TimeSpan minimumInterval, Func<DateTimeOffset, CancellationToken, Task>? waitUntil = null)
    {
        ArgumentNullException.ThrowIfNull(budget);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentOutOfRangeException.ThrowIfLessThan(minimumInterval, TimeSpan.Zero);
        (_budget, _time, _minimumInterval) = (budget, time, minimumInterval);
        _waitUntil = waitUntil ?? ((slot, cancellationToken) => Task.Delay(Max(slot - time.GetUtcNow(), TimeSpan.Zero), time, cancellationToken));
    }

    /// <inheritdoc />
    public int Calls => Volatile.Read(ref _calls);

    /// <summary>
    /// Takes <paramref name="calls"/> from the budget for the calls that follow; all or none. When they could not all go
    /// out before this hour's calls end, it first waits for the next hour (seconds) and takes them there.
    /// </summary>
    public async Task<ApiCallReservation> ReserveAsync(int calls, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(calls);
        var now = _time.GetUtcNow();
        if (FirstSlot(now) + (_minimumInterval * Math.Max(calls - 1, 0)) >= QuotaWindow.CallsEnd(now))
        {
            await _waitUntil(QuotaWindow.NextHour(now), cancellationToken);
        }

        var hour = QuotaWindow.HourStart(_time.GetUtcNow());
        var grant = await _budget.TryTakeAsync(calls, cancellationToken);
        if (grant.Granted)
        {
            lock (_lock)
            {
                (_reserved, _reservedHour) = (_reserved + calls, hour);
            }
        }

        return new ApiCallReservation(grant, () => Calls, ClearReservation);
    }

    // Forgets what is left of a reservation (its calls stay spent: the budget only ever counts up).
    private void ClearReservation()
    {
        lock (_lock)
        {
            _reserved = 0;
        }
    }

    /// <summary>
    /// Hears how the API refused a call: when it is the API's quota answer (<see cref="OndiloApiException.EndsTheHour"/>),
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

    public async ValueTask BeforeCallAsync(string endpoint, CancellationToken cancellationToken)
    {
        // Paced first, charged after: the call goes out right after the charge, in the hour it is charged to.
        await PaceAsync(cancellationToken);
        if (!await TryUseReservedAsync(endpoint, cancellationToken))
        {
            var grant = await _budget.TryTakeAsync(1, cancellationToken);
            if (!grant.Granted)
            {
                throw Refused(endpoint, grant.RetryAt);
            }
        }

        Interlocked.Increment(ref _calls);
    }

    private async Task PaceAsync(CancellationToken cancellationToken)
    {
        DateTimeOffset slot;
        var now = _time.GetUtcNow();
        lock (_lock)
        {
            slot = FirstSlot(now);
            _nextSlot = slot + _minimumInterval;
        }

        if (slot > now)
        {
            await _waitUntil(slot, cancellationToken);
        }
    }

    // The earliest a call may go out: the spacing's next slot, moved past an hour's end margin. Holds the lock or
    // needs no exactness (the reservation's estimate).
    private DateTimeOffset FirstSlot(DateTimeOffset now)
    {
        var slot = _nextSlot > now ? _nextSlot : now;
        return slot >= QuotaWindow.CallsEnd(slot) ? QuotaWindow.NextHour(slot) : slot;
    }

    private async Task<bool> TryUseReservedAsync(string endpoint, CancellationToken cancellationToken)
    {
        var hour = QuotaWindow.HourStart(_time.GetUtcNow());
        int left;
        lock (_lock)
        {
            if (_reserved == 0)
            {
                return false;
            }

            if (_reservedHour == hour)
            {
                _reserved--;
                return true;
            }

            (left, _reserved) = (_reserved, 0);
        }

        // The reservation's hour ended before these calls (slow answers): they run in this hour, which pays for them.
        var grant = await _budget.TryTakeAsync(left, cancellationToken);
        if (!grant.Granted)
        {
            throw Refused(endpoint, grant.RetryAt);
        }

        lock (_lock)
        {
            (_reserved, _reservedHour) = (_reserved + left - 1, hour);
        }

        return true;
    }

    private static OndiloApiException Refused(string endpoint, DateTimeOffset retryAt) => new(
        OndiloFailure.QuotaExhausted,
        endpoint,
        statusCode: null,
        string.Create(CultureInfo.InvariantCulture, $"The shared budget of Ondilo API calls is spent until {retryAt:yyyy-MM-dd HH:mm} UTC; {endpoint} was not called."));

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
