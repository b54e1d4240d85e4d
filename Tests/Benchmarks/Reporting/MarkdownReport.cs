using System.Globalization;
using System.Text;

namespace OndiloFanout.Benchmarks.Reporting;

/// <summary>Renders <c>BENCHMARKS.md</c>.</summary>
internal static class MarkdownReport
{
    public static string Render(BenchmarkReport report, BenchmarkOptions options)
    {
        var text = new StringBuilder();
        var m = report.Machine;
        text.AppendLine("# Benchmarks").AppendLine();
        if (options.Smoke)
        {
            text.AppendLine("> **Smoke run**: one iteration of each benchmark at tiny sizes, to prove they still run. These are not the figures.").AppendLine();
        }

        text.AppendLine("Every figure below was measured in one run of the command below, on the machine described, at the time stated. "
            + "Regenerate them with:").AppendLine();
        text.AppendLine("```bash").AppendLine(options.Command).AppendLine("```").AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"Run started {report.StartedAt:yyyy-MM-dd HH:mm} UTC and took {report.TotalMinutes:F1} minutes (builds excluded).").AppendLine();
        MarkdownTable.Write(
            text,
            ["machine", ""],
            [
                ["CPU", $"{m.CpuModel}, {m.Cores} cores (`nproc`)"],
                ["RAM", string.Create(CultureInfo.InvariantCulture, $"{m.MemoryGiB:F1} GiB")],
                ["OS", m.OperatingSystem],
                [".NET", $"SDK {m.DotnetSdk}, {m.Runtime}"],
                ["load average (1/5/15 min) at start / end", $"{m.LoadAverage} / {report.LoadAverageAtEnd}"],
            ]);
        text.AppendLine("**The machine is shared** (a virtual machine whose cores other builds use at the same time): absolute times are noisy, "
            + "which is why runs are repeated and alternated and why medians with min–max are given. Lambda itself runs on other hardware; "
            + "published figures are quoted beside ours where useful, marked as such.").AppendLine();

        ColdStartSection.Write(text, report.ColdStarts);
        ApiCallsSection.Write(text, report.ApiRuns, report.DayWindowRuns);
        ThroughputSection.Write(text, report.ThroughputRuns);
        CostSection.Write(text, report.ColdStarts, report.ApiRuns);

        text.AppendLine("## How it is measured").AppendLine();
        text.AppendLine("`Tests/Benchmarks/run-benchmarks.sh` publishes both functions as Native AOT (`Tools/build-lambdas.sh`) and as framework-dependent "
            + "managed builds (`dotnet publish -p:PublishAot=false`), builds the tool `Tests/Benchmarks` and runs it; the tool starts the "
            + "emulators from `node_modules` like the integration tests do, and writes this file. `--smoke` runs one iteration of everything "
            + "at tiny sizes (the test suite does so on every run, so the benchmarks cannot rot).");
        return text.ToString();
    }
}
