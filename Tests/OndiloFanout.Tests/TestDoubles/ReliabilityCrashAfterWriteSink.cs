using OndiloFanout.Domain.Collection;
using OndiloFanout.Domain.Ports;

namespace OndiloFanout.Tests.TestDoubles;

/// <summary>
/// A fetcher killed between the sink write and the ledger mark: the first <c>crashes</c> writes reach the inner sink
/// whole, then throw as if the process died before it could mark the day.
/// </summary>
internal sealed class ReliabilityCrashAfterWriteSink(IRecordSink inner, int crashes) : IRecordSink
{
    private readonly List<DeviceDayRecords> _crashed = [];

    /// <summary>The writes that "crashed" after reaching the sink.</summary>
    public IReadOnlyList<DeviceDayRecords> Crashed => _crashed;

    public async Task WriteAsync(DeviceDayRecords batch, CancellationToken cancellationToken)
    {
        await inner.WriteAsync(batch, cancellationToken);
        if (_crashed.Count < crashes)
        {
            _crashed.Add(batch);
            throw new IOException("Simulated crash after the sink write, before the ledger mark.");
        }
    }
}
