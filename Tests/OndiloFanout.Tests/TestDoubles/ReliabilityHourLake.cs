using System.Globalization;
using Ondilo.Simulator.Data;
using OndiloFanout.Domain.Collection;
using OndiloFanout.Domain.Pools;
using OndiloFanout.Domain.Ports;

namespace OndiloFanout.Tests.TestDoubles;

/// <summary>
/// A lake of many pools over many weeks, compactly: the ICO measures once an hour, so each pool, type and hour has one
/// measure and one bit here. Counts what was written twice and what is no measure of the ground truth at all
/// (<paramref name="measureTime"/>: the time of a pool's measure in an hour since the Unix epoch).
/// </summary>
internal sealed class ReliabilityHourLake(IReadOnlyList<long> poolIds, DateTimeOffset from, DateTimeOffset to, Func<long, long, DateTimeOffset> measureTime) : IRecordSink
{
    private readonly Dictionary<long, int> _indexOf = poolIds.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i);
    private readonly Dictionary<string, int> _typeIndex = MeasureType.All.Select((type, i) => (type, i)).ToDictionary(t => t.type, t => t.i, StringComparer.Ordinal);
    private readonly long _firstHour = MeasureSchedule.HourOf(from);
    private readonly bool[][] _written = Enumerable.Range(0, poolIds.Count * MeasureType.All.Count)
        .Select(_ => new bool[MeasureSchedule.HourOf(to) - MeasureSchedule.HourOf(from) + 1])
        .ToArray();

    public int Records { get; private set; }

    /// <summary>Records of a measure the lake held already.</summary>
    public int Twice { get; private set; }

    /// <summary>Records of no measure of the ground truth, or outside the lake's span.</summary>
    public int Strangers { get; private set; }

    public Task WriteAsync(DeviceDayRecords batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        foreach (var record in batch.Records)
        {
            Records++;
            var time = DateTimeOffset.Parse(record.ValueTime, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
            var hour = MeasureSchedule.HourOf(time);
            if (time != measureTime(record.PoolId, hour) || hour < _firstHour || hour - _firstHour >= _written[0].Length)
            {
                Strangers++;
                continue;
            }

            ref var slot = ref _written[Row(record.PoolId, record.Type)][hour - _firstHour];
            Twice += slot ? 1 : 0;
            slot = true;
        }

        return Task.CompletedTask;
    }

    /// <summary>Whether the lake holds the pool's measure of <paramref name="type"/> in <paramref name="hour"/> (since the Unix epoch).</summary>
    public bool Holds(long poolId, string type, long hour) =>
        hour >= _firstHour && hour - _firstHour < _written[0].Length && _written[Row(poolId, type)][hour - _firstHour];

    private int Row(long poolId, string type) => (_indexOf[poolId] * MeasureType.All.Count) + _typeIndex[type];
}
