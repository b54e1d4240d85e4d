using OndiloFanout.Domain.Collection;

namespace OndiloFanout.Domain.Ports;

/// <summary>
/// The account's shared hourly budget of Ondilo API calls, taken atomically by every scheduler and
/// fetcher instance (conditional writes on AWS, a locked file on one machine).
/// </summary>
public interface IQuotaBudget
{
    /// <summary>Takes <paramref name="calls"/> calls from this hour's budget, all or none.</summary>
    Task<QuotaGrant> TryTakeAsync(int calls, CancellationToken cancellationToken);

    /// <summary>Records calls made beyond what was taken (e.g. a refresh after a 401); may exceed the limit.</summary>
    Task AddUsedAsync(int calls, CancellationToken cancellationToken);

    /// <summary>Spends what is left of this hour: the API answered with its quota error.</summary>
    Task ExhaustAsync(CancellationToken cancellationToken);

    /// <summary>Calls used and allowed this hour.</summary>
    Task<QuotaUsage> GetUsageAsync(CancellationToken cancellationToken);
}
