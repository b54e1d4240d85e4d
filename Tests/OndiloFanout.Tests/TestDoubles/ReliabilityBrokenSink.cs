using OndiloFanout.Domain.Collection;
using OndiloFanout.Domain.Ports;

namespace OndiloFanout.Tests.TestDoubles;

/// <summary>A sink that refuses every write, as a delivery stream that is down for good.</summary>
internal sealed class ReliabilityBrokenSink : IRecordSink
{
    public const string Error = "the delivery stream is down";

    public int Writes { get; private set; }

    public Task WriteAsync(DeviceDayRecords batch, CancellationToken cancellationToken)
    {
        Writes++;
        return Task.FromException(new IOException(Error));
    }
}
