using System.Globalization;
using System.Text;
using OndiloFanout.Benchmarks.ApiCalls;
using OndiloFanout.Benchmarks.ColdStart;
using OndiloFanout.Benchmarks.Cost;
using OndiloFanout.Benchmarks.Measuring;

namespace OndiloFanout.Benchmarks.Reporting;

/// <summary>The monthly AWS estimate for 1 and 100 pools, priced from the measured durations, memory and sizes.</summary>
internal static class CostSection
{
    private static readonly int[] PoolCounts = [1, 100];

    public static void Write(StringBuilder text, ColdStartResults coldStarts, IReadOnlyList<PipelineRun> apiRuns)
    {
        text.AppendLine("## Cost: a month of daily runs on AWS").AppendLine();
        var kind = coldStarts.Samples.Any(s => s.Kind == FunctionBuild.Aot) ? FunctionBuild.Aot : FunctionBuild.Jit;
        double Median(string function, Func<ColdStartSample, double> value) =>
            Spread.Of(coldStarts.Samples.Where(s => s.Function == function && s.Kind == kind).Select(value).DefaultIfEmpty(0)).Median;
        var fetcher = coldStarts.Samples.Where(s => s.Function == "device-fetcher" && s.Kind == kind).ToArray();
        var deviceDayBytes = fetcher.Sum(s => s.FirehoseRecords) is > 0 and var records ? (double)fetcher.Sum(s => s.FirehoseBytes) / records : 0;
        CostInputs Inputs(int pools, int memory) => new()
        {
            Pools = pools,
            MemoryMb = memory,
            SchedulerMs = Median("scheduler", s => s.FirstResponseMs),
            FetcherInitMs = Median("device-fetcher", s => s.InitMs),
            FetcherPerPoolMs = Median("device-fetcher", s => s.FirstResponseMs - s.InitMs),
            DeviceDayBytes = deviceDayBytes,
            // Not measured on its own: priced like the scheduler's invoke, a similar handful of AWS calls.
            DeferralMs = Median("scheduler", s => s.FirstResponseMs - s.InitMs),
            DeferralsPerDay = apiRuns.FirstOrDefault(r => r.Scenario == "daily" && r.Pools == pools)?.Deferrals ?? 0,
        };

        var sample = Inputs(1, 256);
        text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"Region {AwsPrices.Region}, list prices read on {AwsPrices.ReadOn} from the AWS pricing pages, free tiers ignored. Measured inputs ({kind} build, medians): ")
            + string.Create(CultureInfo.InvariantCulture, $"scheduler invocation {sample.SchedulerMs:F0} ms, fetcher init {sample.FetcherInitMs:F0} ms, one pool read and written {sample.FetcherPerPoolMs:F0} ms ")
            + string.Create(CultureInfo.InvariantCulture, $"(6 calls paced 1.25 s apart: the real API's latency hides in the pacing while it answers within 1.25 s), one device-day = one packed Firehose record of {deviceDayBytes / 1024:F1} KB; ")
            + "quota deferrals per day from the daily runs above (a deferred message is priced like the scheduler's invoke: a similar handful of AWS calls). "
            + "Every invocation is priced as a cold start (Lambda bills the init phase) that reads the token from Secrets Manager. "
            + "Assumptions: batches of 10 messages per fetcher invocation; per device-day 4 DynamoDB writes (lease, quota, ledger, release) and 3 reads; "
            + "one S3 object per device-day; Lambda's SQS poller long-polls an idle queue (5 pollers × 3 polls/min). CloudWatch Logs "
            + "(one line per message) is left out: well under a cent.").AppendLine();
        foreach (var pools in PoolCounts)
        {
            var lines = CostModel.Estimate(Inputs(pools, 256));
            text.AppendLine(CultureInfo.InvariantCulture, $"**{pools} pool{(pools == 1 ? "" : "s")}** ({pools * 30:N0} device-days a month), functions at 256 MB as deployed:").AppendLine();
            MarkdownTable.Write(text, ["service", "usage per month", "USD per month"], lines.Select(l => (IReadOnlyList<string>)[l.Service, l.Usage, Usd(l.MonthlyUsd)]));
            var total = lines.Sum(l => l.MonthlyUsd);
            var at128 = CostModel.Estimate(Inputs(pools, 128)).Sum(l => l.MonthlyUsd);
            var largest = lines.MaxBy(l => l.MonthlyUsd)!;
            text.AppendLine(CultureInfo.InvariantCulture, $"Total **{Usd(total)} per month** ({Usd(at128)} at 128 MB); the largest line is {largest.Service} ({largest.MonthlyUsd / total:P0}).").AppendLine();
        }
    }

    private static string Usd(double value) => "$" + value.ToString(value < 0.01 ? "F4" : "F2", CultureInfo.InvariantCulture);
}
