using OndiloFanout.Domain.Collection;
using OndiloFanout.Domain.Ports;

namespace OndiloFanout.Tests.TestDoubles;

/// <summary>Holds the first write until released, so a test can act while a fetcher is mid-write (and holds its lease).</summary>
internal sealed class ReliabilityBlockingSink(IRecordSink inner) : IRecordSink
{
    private readonly TaskCompletionSource _entered = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _writes;

    /// <summary>Completes when the first write has started.</summary>
    public Task Entered => _entered.Task;

    public void Release() => _release.TrySetResult();

    public async Task WriteAsync(DeviceDayRecords batch, CancellationToken cancellationToken)
    {
        if (Interlocked.Increment(ref _writes) == 1)
        {
            _entered.TrySetResult();
            await _release.Task.WaitAsync(cancellationToken);
        }

        await inner.WriteAsync(batch, cancellationToken);
    }
}
