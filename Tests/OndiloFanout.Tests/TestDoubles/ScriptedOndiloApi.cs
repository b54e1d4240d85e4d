using OndiloFanout.Domain.Collection;
using OndiloFanout.Domain.Pools;
using OndiloFanout.Ondilo;

namespace OndiloFanout.Tests.TestDoubles;

/// <summary>An Ondilo API with hourly measures at :07 for every type, or a scripted failure; calls and refusals go through a gate.</summary>
internal sealed class ScriptedOndiloApi(IApiCallGate gate, TimeProvider time) : IOndiloApi
{
    private int _calls;

    public int Calls => _calls;

    public Task<ApiCallReservation> ReserveAsync(int calls, CancellationToken cancellationToken) => gate.ReserveAsync(calls, cancellationToken);

    /// <summary>Thrown by every measures call (of <see cref="FailingPool"/> when set) while set.</summary>
    public Exception? Failure { get; set; }

    /// <summary>The only pool whose reads throw <see cref="Failure"/>; null: every pool.</summary>
    public long? FailingPool { get; set; }

    public List<(long PoolId, string Type, MeasurePeriod Period)> Reads { get; } = [];

    /// <summary>What <c>/pools</c> answers; null (default): the call is not expected.</summary>
    public IReadOnlyList<OndiloPool>? Pools { get; set; }

    public async Task<IReadOnlyList<OndiloPool>> ListPoolsAsync(CancellationToken cancellationToken)
    {
        await gate.BeforeCallAsync("/pools", cancellationToken);
        Interlocked.Increment(ref _calls);
        return Pools ?? throw new NotSupportedException();
    }

    public Task<OndiloDevice> GetDeviceAsync(long poolId, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<OndiloPoolConfiguration> GetConfigurationAsync(long poolId, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<IReadOnlyList<OndiloMeasure>> GetLastMeasuresAsync(long poolId, IReadOnlyList<string> types, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<OndiloUserInfo> GetUserInfoAsync(CancellationToken cancellationToken) => throw new NotSupportedException();

    public async Task<IReadOnlyList<OndiloMeasure>> GetMeasuresAsync(long poolId, string type, MeasurePeriod period, CancellationToken cancellationToken)
    {
        await gate.BeforeCallAsync($"/pools/{poolId}/measures", cancellationToken);
        Interlocked.Increment(ref _calls);
        Reads.Add((poolId, type, period));
        if (Failure is not null && (FailingPool is null || FailingPool == poolId))
        {
            // As the client does: the gate hears of a refusal before the caller does.
            if (Failure is OndiloApiException refusal)
            {
                await gate.ReportRefusalAsync(refusal, cancellationToken);
            }

            throw Failure;
        }

        var now = time.GetUtcNow();
        var start = UtcDay.Start(UtcDay.Of(now - period.Span()));
        return Enumerable.Range(0, (int)(now - start).TotalHours + 1)
            .Select(hour => start.AddHours(hour).AddMinutes(7))
            .Where(at => at > now - period.Span() && at <= now)
            .Select(at => new OndiloMeasure { DataType = type, Value = at.Hour, ValueTime = at, IsValid = true })
            .ToArray();
    }
}
