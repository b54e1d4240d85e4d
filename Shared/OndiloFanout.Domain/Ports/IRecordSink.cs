using OndiloFanout.Domain.Collection;

namespace OndiloFanout.Domain.Ports;

/// <summary>Where records go: Firehose on AWS, a local folder with the same partition layout on one machine.</summary>
public interface IRecordSink
{
    /// <summary>
    /// Writes the records of one device-day. Returns only when every record was accepted; throws otherwise
    /// (the caller then leaves the day unmarked, so it is written again later).
    /// </summary>
    Task WriteAsync(DeviceDayRecords batch, CancellationToken cancellationToken);
}
