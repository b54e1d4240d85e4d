using Microsoft.Extensions.Time.Testing;
using OndiloFanout.Domain.Pools;
using OndiloFanout.Ondilo;

namespace OndiloFanout.Tests.TestDoubles;

/// <summary>An Ondilo API whose every measures read takes <paramref name="readTime"/> on the fake clock.</summary>
internal sealed class SlowOndiloApi(IOndiloApi inner, FakeTimeProvider time, TimeSpan readTime) : IOndiloApi
{
    public int Calls => inner.Calls;

    public Task<ApiCallReservation> ReserveAsync(int calls, CancellationToken cancellationToken) => inner.ReserveAsync(calls, cancellationToken);

    public async Task<IReadOnlyList<OndiloMeasure>> GetMeasuresAsync(long poolId, string type, MeasurePeriod period, CancellationToken cancellationToken)
    {
        var measures = await inner.GetMeasuresAsync(poolId, type, period, cancellationToken);
        time.Advance(readTime);
        return measures;
    }

    public Task<IReadOnlyList<OndiloPool>> ListPoolsAsync(CancellationToken cancellationToken) => inner.ListPoolsAsync(cancellationToken);

    public Task<OndiloDevice> GetDeviceAsync(long poolId, CancellationToken cancellationToken) => inner.GetDeviceAsync(poolId, cancellationToken);

    public Task<OndiloPoolConfiguration> GetConfigurationAsync(long poolId, CancellationToken cancellationToken) => inner.GetConfigurationAsync(poolId, cancellationToken);

    public Task<IReadOnlyList<OndiloMeasure>> GetLastMeasuresAsync(long poolId, IReadOnlyList<string> types, CancellationToken cancellationToken) => inner.GetLastMeasuresAsync(poolId, types, cancellationToken);

    public Task<OndiloUserInfo> GetUserInfoAsync(CancellationToken cancellationToken) => inner.GetUserInfoAsync(cancellationToken);
}
