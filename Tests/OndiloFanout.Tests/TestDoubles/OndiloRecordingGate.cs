using System.Collections.Concurrent;
using OndiloFanout.Ondilo;

namespace OndiloFanout.Tests.TestDoubles;

/// <summary>An <see cref="IApiCallGate"/> that records every endpoint it is asked about and can refuse after a number of calls.</summary>
internal sealed class OndiloRecordingGate : IApiCallGate
{
    private readonly ConcurrentQueue<string> _endpoints = new();

    /// <summary>Calls allowed before it throws <see cref="OndiloFailure.QuotaExhausted"/>; unlimited by default.</summary>
    public int Allowed { get; set; } = int.MaxValue;

    public IReadOnlyList<string> Endpoints => _endpoints.ToArray();

    public ValueTask BeforeCallAsync(string endpoint, CancellationToken cancellationToken)
    {
        if (_endpoints.Count >= Allowed)
        {
            throw new OndiloApiException(OndiloFailure.QuotaExhausted, endpoint, null, "The test budget is spent.");
        }

        _endpoints.Enqueue(endpoint);
        return ValueTask.CompletedTask;
    }
}
