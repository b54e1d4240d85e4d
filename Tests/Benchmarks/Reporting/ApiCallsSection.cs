using System.Globalization;
using System.Text;
using OndiloFanout.Benchmarks.ApiCalls;

namespace OndiloFanout.Benchmarks.Reporting;

/// <summary>API calls per collected device-day: ours, the naive reading, the original project's day window.</summary>
internal static class ApiCallsSection
{
    private const int Types = DayWindowReplay.Types;

    public static void Write(StringBuilder text, IReadOnlyList<PipelineRun> runs, IReadOnlyList<DayWindowRun> dayWindows)
    {
        text.AppendLine("## Ondilo API calls per collected device-day").AppendLine();
        text.AppendLine("The embedded pipeline (`ondilo-fanout run --simulate`, `LocalPipeline`), with the simulator enforcing the API's "
            + "quota (30/h, 5/s) and the collector its default shared budget of 20 calls/hour; requests are counted by the simulator "
            + "(`OndiloSimulatorHost.RequestCount`: API and OAuth, refused ones included). Waiting for the next hour's budget is skipped by "
            + "the fast clock and reported as simulated hours; calls were spaced 210 ms instead of 1.25 s (benchmark-only setting: same "
            + "calls, shorter wall time). The month backfill starts from an empty lake. The daily run is measured in the steady state: a month "
            + "backfill the day before (quota off, not counted) filled the lake, so the daily run adds yesterday, one device-day per pool, "
            + "and finds no older gap to heal (on an empty lake a daily run heals the whole history, like a month backfill). A daily run of "
            + "more pools than a day's reads (64) reads the pools its read plan picks: after the month that read every pool the day before, "
            + "none is due yet at 100 pools (each is read every other day), so that run costs the pool list alone.").AppendLine();
        MarkdownTable.Write(
            text,
            ["run", "pools", "requests", "device-days collected", "of them partial", "records", "requests / device-day", "requests / pool", "deferrals", "quota wait (simulated h)"],
            runs.Select(r => (IReadOnlyList<string>)
            [
                r.Scenario == "daily" ? "daily (yesterday)" : "month backfill", I(r.Pools), I(r.SimulatorRequests), I(r.DeviceDaysCollected),
                I(r.DeviceDaysPartial), I(r.Records), D(r.CallsPerDeviceDay, "F3"), D(r.CallsPerPool, "F2"), I(r.Deferrals), D(r.SimulatedWaitHours, "F1"),
            ]));

        text.AppendLine("Compared with other readings of the same job (requests per device-day; N pools):").AppendLine();
        MarkdownTable.Write(
            text,
            ["pools", "this project, month", "(a) naive: one `month` window per type per message (30 × 6 per pool + 1)", "this project, daily (steady state)", "(b) original project, daily `day` window (measured)", "(b) original project, month"],
            dayWindows.Select(p => (IReadOnlyList<string>)
            [
                I(p.Pools),
                Ours(runs, "month", p.Pools),
                D(((180.0 * p.Pools) + 1) / (30.0 * p.Pools), "F3"),
                Ours(runs, "daily", p.Pools),
                D((double)p.RequestsPerRun / p.Pools, "F3") + " (but incomplete days)",
                D((double)p.RequestsPerRun / (30.0 * p.Pools), "F3") + " (no ledger: re-runs duplicate)",
            ]));

        text.AppendLine("What the original project's daily run misses — replayed against the simulator at 01:00 UTC (token refresh, pool list, "
            + "`measures?type=X&period=day` for the 6 types of each pool) and compared with the simulator's ground truth for yesterday:").AppendLine();
        MarkdownTable.Write(
            text,
            ["pools", "requests per run", "measures of yesterday (truth)", "missed by the 01:00 run", "hours lost per device-day", "missed even with the previous day's run too", "hours lost per device-day (chained runs)", "with the API's quota on: pools fully read", "requests refused"],
            dayWindows.Select(p => (IReadOnlyList<string>)
            [
                I(p.Pools), I(p.RequestsPerRun), I(p.YesterdayTruth), I(p.MissedByOneRun), D(p.MissedHoursOneRun(Types), "F2"),
                I(p.MissedByTwoRuns), D(p.MissedHoursTwoRuns(Types), "F2"), $"{p.PoolsReadWithQuota} of {p.Pools}", I(p.RefusedWithQuota),
            ]));
        text.AppendLine("A `day` window read at 01:00 covers 01:00 yesterday to 01:00 today, so yesterday's 00:00–01:00 hour is never in it; chained "
            + "daily runs pick that hour up the day before only if the ICO had uploaded it by 01:00 (uploads lag 5–60 min), so some is lost for "
            + "good. With the quota on, one run needs 2 + 6 × N requests at once: past 4 pools the hour's 30 are spent and the rest is refused.")
            .AppendLine();

        if (runs.FirstOrDefault(r => r.Scenario == "month" && r.Pools == runs.Max(x => x.Pools)) is { } largest)
        {
            text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"**A {largest.Pools}-pool month backfill** reads the pools a day's budget holds (64; its read plan leaves the others to the daily runs' gap healing) in {largest.SimulatorRequests} requests: under the 30/h quota with the default budget of 20/h it takes **{largest.SimulatedWaitHours:F1} hours** (simulated: the fast clock's skipped waits). ")
                + string.Create(CultureInfo.InvariantCulture, $"Reading every pool every day, the default budget would sustain at most {20 * 24 / 6} pools (20 × 24 / 6); the read plan reads up to 64 pools a day and each of up to 1,792 every few days with the window that covers the gap (see the read plan's table below).")).AppendLine();
        }
    }

    private static string Ours(IReadOnlyList<PipelineRun> runs, string scenario, int pools) =>
        runs.FirstOrDefault(r => r.Scenario == scenario && r.Pools == pools) is { DeviceDaysCollected: > 0 } run ? D(run.CallsPerDeviceDay, "F3") : "—";

    private static string I(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string D(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);
}
