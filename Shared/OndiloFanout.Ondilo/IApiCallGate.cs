namespace OndiloFanout.Ondilo;

/// <summary>
/// Asked before every HTTP request to the Ondilo API, token endpoint included, so that every call is
/// counted against the shared hourly budget. Throws <see cref="OndiloApiException"/> with
/// <see cref="OndiloFailure.QuotaExhausted"/> to stop a call the budget does not allow.
/// </summary>
public interface IApiCallGate
{
    ValueTask BeforeCallAsync(string endpoint, CancellationToken cancellationToken);
}
