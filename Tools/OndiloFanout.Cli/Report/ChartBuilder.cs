using System.Globalization;
using OndiloFanout.Domain.Collection;

namespace OndiloFanout.Cli.Report;

/// <summary>Shapes lake records into charts: one per pool and measure type, gaps found, nulls and invalid measures set apart.</summary>
internal static class ChartBuilder
{
    /// <summary>The ICO measures about hourly: more than two hours with no measure at all is a gap.</summary>
    public static readonly TimeSpan GapThreshold = TimeSpan.FromHours(2);

    /// <summary>Charts ordered by pool name and id, then by measure type (the API's order, unknown types last).</summary>
    public static IReadOnlyList<MeasureChart> Build(IEnumerable<MeasureRecord> records, ChartRequest request)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(request);
        var (start, end) = (UtcDay.Start(request.Days.From), UtcDay.End(request.Days.To));
        var measures = records
            .Where(record => (request.Pools.Count == 0 || request.Pools.Contains(record.PoolId)) && (request.Types.Count == 0 || request.Types.Contains(record.Type)))
            // Of the copies a crash window left, the latest collected one, as the measures view keeps.
            .OrderByDescending(record => record.CollectedAt, StringComparer.Ordinal)
            .DistinctBy(record => record.RecordId, StringComparer.Ordinal)
            .Select(record => (Record: record, Time: TimeOf(record)))
            .Where(measure => measure.Time >= start && measure.Time < end)
            .ToList();
        var poolNames = measures
            .Where(measure => !string.IsNullOrWhiteSpace(measure.Record.PoolName))
            .GroupBy(measure => measure.Record.PoolId)
            .ToDictionary(pool => pool.Key, pool => pool.MaxBy(measure => measure.Time).Record.PoolName!);

        return measures
            .GroupBy(measure => (measure.Record.PoolId, measure.Record.Type))
            .Select(group => Chart(group.Key.PoolId, group.Key.Type, group.OrderBy(measure => measure.Time).ToList()))
            .OrderBy(chart => chart.PoolName, StringComparer.Ordinal)
            .ThenBy(chart => chart.PoolId)
            .ThenBy(chart => MeasureLabels.Order(chart.Type))
            .ThenBy(chart => chart.Type, StringComparer.Ordinal)
            .ToList();

        MeasureChart Chart(long poolId, string type, List<(MeasureRecord Record, DateTimeOffset Time)> sorted)
        {
            var segments = new List<IReadOnlyList<ChartPoint>>();
            var invalid = new List<InvalidMeasure>();
            var gaps = new List<TimeGap>();
            var nulls = 0;
            List<ChartPoint>? segment = null;
            DateTimeOffset? previous = null;
            foreach (var (record, time) in sorted)
            {
                if (previous is { } last && time - last > GapThreshold)
                {
                    gaps.Add(new TimeGap(last, time));
                    segment = null;
                }

                previous = time;
                if (!record.IsValid)
                {
                    invalid.Add(new InvalidMeasure(time, record.Value, record.ExclusionReason));
                }
                else if (record.Value is not { } value)
                {
                    nulls++;
                }
                else
                {
                    if (segment is null)
                    {
                        segment = [];
                        segments.Add(segment);
                    }

                    segment.Add(new ChartPoint(time, value));
                }
            }

            return new MeasureChart
            {
                PoolId = poolId,
                PoolName = poolNames.GetValueOrDefault(poolId) ?? string.Create(CultureInfo.InvariantCulture, $"Pool {poolId}"),
                Type = type,
                Unit = sorted.Select(measure => measure.Record.Unit).FirstOrDefault(unit => !string.IsNullOrEmpty(unit)),
                Start = start,
                End = end,
                Segments = segments,
                Invalid = invalid,
                Gaps = gaps,
                NullsSkipped = nulls,
                Band = request.Thresholds.GetValueOrDefault(poolId)?.BandFor(type),
            };
        }
    }

    private static DateTimeOffset TimeOf(MeasureRecord record) =>
        DateTimeOffset.TryParse(record.ValueTime, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time)
            ? time.ToUniversalTime()
            : throw new InvalidDataException($"The record {record.RecordId} has the measure time '{record.ValueTime}', which is not ISO-8601.");
}
