namespace OndiloFanout.Ondilo;

/// <summary>
/// The one gate of the calls to the Ondilo API, token endpoint included (<see cref="QuotaGate"/>): asked before every
/// HTTP request so that every call is paced and counted against the shared hourly budget, and told of every refusal.
/// </summary>
public interface IApiCallGate
{
    /// <summary>Calls that went through the gate: the count of calls to the API.</summary>
    int Calls { get; }

    /// <summary>Throws <see cref="OndiloApiException"/> with <see cref="OndiloFailure.QuotaExhausted"/> to stop a call the budget does not allow.</summary>
    ValueTask BeforeCallAsync(string endpoint, CancellationToken cancellationToken);

    /// <summary>Takes <paramref name="calls"/> from the budget for the calls that follow, all or none.</summary>
    Task<ApiCallReservation> ReserveAsync(int calls, CancellationToken cancellationToken);

    /// <summary>Hears how the API refused a call; returns whether it was the API's quota answer, which empties the budget until the next hour.</summary>
    Task<bool> ReportRefusalAsync(OndiloApiException refusal, CancellationToken cancellationToken);
}
