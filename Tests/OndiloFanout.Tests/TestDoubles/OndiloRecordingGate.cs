using System.Collections.Concurrent;
using OndiloFanout.Domain.Collection;
using OndiloFanout.Ondilo;

namespace OndiloFanout.Tests.TestDoubles;

/// <summary>An <see cref="IApiCallGate"/> that records every endpoint and refusal it hears of and can refuse after a number of calls.</summary>
internal sealed class OndiloRecordingGate : IApiCallGate
{
    private readonly ConcurrentQueue<string> _endpoints = new();
    private readonly ConcurrentQueue<OndiloApiException> _refusals = new();
    private readonly ConcurrentQueue<int> _reserved = new();

    /// <summary>Calls allowed before it throws <see cref="OndiloFailure.QuotaExhausted"/>; unlimited by default.</summary>
    public int Allowed { get; set; } = int.MaxValue;

    public IReadOnlyList<string> Endpoints => _endpoints.ToArray();

    public IReadOnlyList<OndiloApiException> Refusals => _refusals.ToArray();

    /// <summary>The calls of each reservation, in order.</summary>
    public IReadOnlyList<int> Reserved => _reserved.ToArray();

    public int Calls => _endpoints.Count;

    public ValueTask BeforeCallAsync(string endpoint, CancellationToken cancellationToken)
    {
        if (_endpoints.Count >= Allowed)
        {
            throw new OndiloApiException(OndiloFailure.QuotaExhausted, endpoint, null, "The test budget is spent.");
        }

        _endpoints.Enqueue(endpoint);
        return ValueTask.CompletedTask;
    }

    public Task<ApiCallReservation> ReserveAsync(int calls, CancellationToken cancellationToken)
    {
        _reserved.Enqueue(calls);
        return Task.FromResult(new ApiCallReservation(QuotaGrant.Yes(DateTimeOffset.UnixEpoch), () => Calls, () => { }));
    }

    public Task<bool> ReportRefusalAsync(OndiloApiException refusal, CancellationToken cancellationToken)
    {
        _refusals.Enqueue(refusal);
        return Task.FromResult(refusal.EndsTheHour);
    }
}
