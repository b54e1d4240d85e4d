using System.Globalization;
using System.Text;
using OndiloFanout.Benchmarks.Measuring;
using OndiloFanout.Benchmarks.Throughput;

namespace OndiloFanout.Benchmarks.Reporting;

/// <summary>Device-days and records per second with the quota off, and CPU time per device-day.</summary>
internal static class ThroughputSection
{
    public static void Write(StringBuilder text, IReadOnlyList<ThroughputRun> runs)
    {
        var pools = runs.Count > 0 ? runs[0].Pools : 0;
        text.AppendLine(CultureInfo.InvariantCulture, $"## Throughput with the quota off ({pools:N0} pools × 30 days)").AppendLine();
        text.AppendLine("Month backfill into a local lake (JSON Lines on disk), the simulator without quota, no pacing, no budget. **pipeline**: "
            + "`LocalPipeline` end to end (scheduler, in-process queue, fetcher, lake). **fetcher alone**: the queue filled up front with the "
            + "same 30 messages per pool, only the draining through `DeviceFetcherHandler` timed. The simulator runs in the same process, "
            + "so CPU time includes serving the API (generating and writing the measures JSON).").AppendLine();
        MarkdownTable.Write(
            text,
            ["path", "runs", "device-days", "records", "API calls", "wall s", "device-days/s", "records/s", "CPU ms / device-day"],
            runs.GroupBy(r => r.Path).Select(g => (IReadOnlyList<string>)
            [
                g.Key == "fetcher" ? "fetcher alone" : "pipeline",
                g.Count().ToString(CultureInfo.InvariantCulture),
                g.First().DeviceDays.ToString("N0", CultureInfo.InvariantCulture),
                g.First().Records.ToString("N0", CultureInfo.InvariantCulture),
                g.First().ApiCalls.ToString("N0", CultureInfo.InvariantCulture),
                Spread.Of(g.Select(r => r.WallSeconds)).Format("F1"),
                Spread.Of(g.Select(r => r.DeviceDaysPerSecond)).Format("F0"),
                Spread.Of(g.Select(r => r.RecordsPerSecond)).Format("N0"),
                Spread.Of(g.Select(r => r.CpuMsPerDeviceDay)).Format("F2"),
            ]));
        text.AppendLine("Against the real API the quota, not the code, sets the pace: 20 calls/hour serve about 3 pool-months (90 device-days) per hour.").AppendLine();
    }
}
