using OndiloFanout.Domain.Collection;

namespace OndiloFanout.Ondilo;

/// <summary>
/// Calls taken from the shared hourly budget, all or none, for what the caller is about to do
/// (<c>using var calls = await api.ReserveAsync(n, cancellationToken)</c>): while it is held they go out without asking
/// the budget again. Disposing it ends it; what is left stays spent, as the budget only counts up.
/// </summary>
public sealed class ApiCallReservation : IDisposable
{
    private readonly QuotaGrant _grant;
    private readonly Func<int> _calls;
    private readonly Action _end;
    private readonly int _callsBefore;

    /// <param name="grant">The budget's answer.</param>
    /// <param name="calls">The gate's count of calls, read now and for <see cref="Made"/>.</param>
    /// <param name="end">Ends the reservation.</param>
    public ApiCallReservation(QuotaGrant grant, Func<int> calls, Action end)
    {
        ArgumentNullException.ThrowIfNull(grant);
        ArgumentNullException.ThrowIfNull(calls);
        ArgumentNullException.ThrowIfNull(end);
        (_grant, _calls, _end, _callsBefore) = (grant, calls, end, calls());
    }

    public bool Granted => _grant.Granted;

    /// <summary>When refused, the next hour: when the budget can be asked again.</summary>
    public DateTimeOffset RetryAt => _grant.RetryAt;

    /// <summary>Calls made since the reservation, token refreshes included.</summary>
    public int Made => _calls() - _callsBefore;

    public void Dispose() => _end();
}
