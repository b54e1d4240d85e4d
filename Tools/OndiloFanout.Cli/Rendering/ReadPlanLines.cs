using System.Globalization;
using OndiloFanout.Pipeline.Scheduler;

namespace OndiloFanout.Cli.Rendering;

/// <summary>A read plan's figures as label-and-value lines: the same words in <c>run</c>, <c>backfill</c> and <c>status</c>.</summary>
internal static class ReadPlanLines
{
    public static IEnumerable<(string Label, string Value)> Of(ReadPlanSummary reads)
    {
        ArgumentNullException.ThrowIfNull(reads);
        yield return ("Pools read", Invariant($"{reads.Pools:N0} of {reads.Pools + reads.PoolsLeft:N0}") + (reads.PoolsLeft > 0 ? Invariant($" ({reads.PoolsLeft:N0} left for later daily runs)") : ""));
        yield return ("Calls planned", Invariant($"{reads.CallsPlanned:N0}"));
        yield return ("Reads a day", Invariant($"{reads.ReadsPerDay:N0}"));
        yield return ("Read interval", Invariant($"every {reads.IntervalDays} day(s)"));
        yield return ("Lake lag", Invariant($"{reads.LagDays} day(s) (at most {reads.LagBoundDays})"));
        yield return ("First history expiry", reads.ExpiryDays is { } days ? Invariant($"in {days:0.0} day(s)") : "none");
        yield return ("Hours the quota cannot save", Invariant($"{reads.HoursLost:N1}"));
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
