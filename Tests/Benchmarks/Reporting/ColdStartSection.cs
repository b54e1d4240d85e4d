using System.Globalization;
using System.Text;
using OndiloFanout.Benchmarks.ColdStart;
using OndiloFanout.Benchmarks.Measuring;

namespace OndiloFanout.Benchmarks.Reporting;

/// <summary>Cold starts, their AOT/JIT ratio, and the fetcher's memory.</summary>
internal static class ColdStartSection
{
    private const double LambdaSmallestMb = 128;

    public static void Write(StringBuilder text, ColdStartResults results)
    {
        text.AppendLine("## Cold start (each function as a process against a local Runtime API)").AppendLine();
        text.AppendLine("Time from `Process.Start` to the first `GET /runtime/invocation/next` answered (init) and to the first response posted. "
            + "The scheduler's event is `{}` (yesterday, one pool: list pools, plan, one `SendMessageBatch`); the fetcher's is one SQS batch of "
            + "10 `month`-window messages of one pool with full data (the first reads the month window — 6 calls, paced 1.25 s apart by design so that the stack's three callers stay under the API's 5 a second — and "
            + "writes 30 device-days to Firehose; the other 9 find their day done). Both against fauxqs (SQS), dynalite (DynamoDB), a Firehose/Secrets "
            + "Manager stub and the Ondilo simulator, all on loopback. Runs alternate AOT, JIT, AOT, JIT; a fresh state table per run; peak RSS is "
            + "`VmHWM` read just before the process exits.").AppendLine();
        if (results.Missing.Count > 0)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"Not built for this run (smoke mode): {string.Join(", ", results.Missing)}.").AppendLine();
        }

        var groups = results.Samples.GroupBy(s => (s.Function, s.Kind)).ToArray();
        MarkdownTable.Write(
            text,
            ["function", "build", "runs", "init ms", "first response ms", "peak RSS MB", "Ondilo requests", "Firehose records"],
            groups.Select(g => (IReadOnlyList<string>)
            [
                g.Key.Function, g.Key.Kind, g.Count().ToString(CultureInfo.InvariantCulture),
                Spread.Of(g.Select(s => s.InitMs)).Format("F0"),
                Spread.Of(g.Select(s => s.FirstResponseMs)).Format("F0"),
                Spread.Of(g.Select(s => s.PeakRssMb)).Format("F1"),
                Spread.Of(g.Select(s => (double)s.ApiRequests)).Format("F0"),
                Spread.Of(g.Select(s => (double)s.FirehoseRecords)).Format("F0"),
            ]));
        text.AppendLine("Medians, with min–max in brackets.").AppendLine();

        foreach (var function in groups.Select(g => g.Key.Function).Distinct())
        {
            var aot = results.Samples.Where(s => s.Function == function && s.Kind == FunctionBuild.Aot).ToArray();
            var jit = results.Samples.Where(s => s.Function == function && s.Kind == FunctionBuild.Jit).ToArray();
            if (aot.Length > 0 && jit.Length > 0)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"- **{function}**: JIT/AOT ratio of the medians — init ×{Ratio(jit, aot, s => s.InitMs)}, first response ×{Ratio(jit, aot, s => s.FirstResponseMs)}, peak RSS ×{Ratio(jit, aot, s => s.PeakRssMb)}.");
            }
        }

        text.AppendLine("- Published anchors (quoted, not measured here — maxday/lambda-perf, 2026-08, on Lambda): .NET 10 Native AOT init ≈ 60–75 ms + first invoke 2–6 ms; "
            + "managed `dotnet10` init ≈ 220–250 ms + first invoke ≈ 800 ms at 128 MB. A Lambda at 128–256 MB gets a fraction of a vCPU, so JIT work weighs more there than on this machine.").AppendLine();
        WriteMemory(text, results);
    }

    private static void WriteMemory(StringBuilder text, ColdStartResults results)
    {
        text.AppendLine("## Memory of the fetcher (10 month-window messages, a pool with full data)").AppendLine();
        foreach (var kind in new[] { FunctionBuild.Aot, FunctionBuild.Jit })
        {
            var peaks = results.Samples.Where(s => s.Function == "device-fetcher" && s.Kind == kind).Select(s => s.PeakRssMb).ToArray();
            if (peaks.Length > 0)
            {
                var spread = Spread.Of(peaks);
                text.AppendLine(CultureInfo.InvariantCulture, $"- {kind}: peak RSS {spread.Format("F1")} MB = {spread.Max / LambdaSmallestMb:P0} of 128 MB at most.");
            }
        }

        var aotPeak = results.Samples.Where(s => s.Function == "device-fetcher" && s.Kind == FunctionBuild.Aot).Select(s => s.PeakRssMb).DefaultIfEmpty(0).Max();
        text.AppendLine().AppendLine(
            aotPeak is > 0 and < LambdaSmallestMb * 0.6
                ? "Lambda's memory setting caps the whole execution environment (with `provided.al2023` our process is all of it). The stack sets "
                    + "256 MB. It is not needed for room — the AOT fetcher fits in 128 MB with a wide margin — but Lambda gives CPU in proportion "
                    + "to memory, and the CPU-bound part of a run (init, JSON, packing) is short next to the paced Ondilo calls. **Recommendation**: "
                    + "128 MB is enough for the AOT build; 256 MB costs cents a month more (see Cost) and shortens the CPU-bound part, so the stack "
                    + "keeps 256 MB for headroom (a pool with more types or a larger window, the JIT build if someone deploys it)."
                : "The AOT fetcher's peak is not comfortably below 128 MB on this run (or was not measured): keep the stack's 256 MB.")
            .AppendLine();
    }

    private static string Ratio(ColdStartSample[] jit, ColdStartSample[] aot, Func<ColdStartSample, double> value) =>
        (Spread.Of(jit.Select(value)).Median / Spread.Of(aot.Select(value)).Median).ToString("F1", CultureInfo.InvariantCulture);
}
