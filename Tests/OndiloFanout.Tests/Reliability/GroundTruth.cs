using System.Globalization;
using Ondilo.Simulator;
using OndiloFanout.Domain.Collection;
using OndiloFanout.Domain.Pools;

namespace OndiloFanout.Tests.Reliability;

/// <summary>
/// Checks the promise against the simulator's ground truth: every record in the lake is a real measure, none is
/// there twice (except identical copies in the documented crash window), a complete day holds every measure of the
/// day, and a day that is not collected was dead-lettered with a reason.
/// </summary>
internal static class GroundTruth
{
    public static async Task<LakeAudit> AuditAsync(AuditInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var problems = new List<string>();
        var duplicates = CheckDuplicates(input, problems);
        var deadLettered = DeadLetteredDays(input, problems);
        var byDay = input.Lake.ToLookup(r => (r.PoolId, Day: DayOf(r)));
        var days = input.Plan.PoolIds
            .SelectMany(pool => Days(input.Plan.From, input.Plan.To).Select(day => (PoolId: pool, Day: day)))
            .Concat(byDay.Select(g => g.Key))
            .Distinct()
            .ToArray();
        int complete = 0, closed = 0, partial = 0, dead = 0, refused = 0;
        foreach (var (poolId, day) in days)
        {
            var truth = TruthOf(input.Account, poolId, day);
            var got = byDay[(poolId, day)].ToArray();
            foreach (var record in got.Where(r => !Matches(truth, r)))
            {
                problems.Add($"{record.RecordId} is not a measure of the ground truth (or its value differs)");
            }

            var entry = (await input.Ledger.GetAsync(poolId, day, day, cancellationToken)).GetValueOrDefault(day);
            switch (entry?.Status)
            {
                case DayStatus.Complete when got.Select(r => r.RecordId).ToHashSet().SetEquals(truth.Keys):
                    complete++;
                    break;
                case DayStatus.Complete:
                    problems.Add($"{poolId}/{day:yyyy-MM-dd} is marked complete but holds {got.DistinctBy(r => r.RecordId).Count()} of {truth.Count} measures");
                    break;
                case DayStatus.Closed:
                    closed++;
                    break;
                case DayStatus.Partial when !IsPlanned(input, poolId, day):
                    // A day read too soon, outside what the run planned: topped up by a later run.
                    partial++;
                    break;
                default:
                    if (deadLettered.Contains((poolId, day)))
                    {
                        dead++;
                    }
                    else if (got.Length == 0 && HistoryWindow.IsGone(day, input.PlannedAt))
                    {
                        refused++;
                    }
                    else
                    {
                        problems.Add($"{poolId}/{day:yyyy-MM-dd} is {entry?.Status.ToString() ?? "not in the ledger"} and was not dead-lettered");
                    }

                    break;
            }
        }

        return new LakeAudit { Complete = complete, Closed = closed, Partial = partial, DeadLettered = dead, Refused = refused, Records = input.Lake.Count, Duplicates = duplicates, Problems = problems };
    }

    /// <summary>The measures of one device-day that the pipeline collects, by record id.</summary>
    public static IReadOnlyDictionary<string, SimulatedMeasure> TruthOf(SimulatedAccount account, long poolId, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(account);
        var pool = account.FindPool(poolId);
        if (pool is null)
        {
            return new Dictionary<string, SimulatedMeasure>();
        }

        var types = MeasureType.ForPool(pool.DisinfectionPrimary, MeasureType.All);
        return account.TypesOf(poolId)
            .Where(t => types.Contains(t, StringComparer.Ordinal))
            .SelectMany(t => account.Measures(poolId, t, UtcDay.Start(day), UtcDay.End(day)))
            .ToDictionary(m => RecordFactory.RecordIdOf(poolId, m.DataType, m.ValueTime), StringComparer.Ordinal);
    }

    private static int CheckDuplicates(AuditInput input, List<string> problems)
    {
        var count = 0;
        foreach (var copies in input.Lake.GroupBy(r => r.RecordId).Where(g => g.Count() > 1))
        {
            count++;
            // The crash window's copies are the same measure written again: equal but for when it was collected.
            var identical = copies.Select(r => r with { CollectedAt = string.Empty, Source = string.Empty }).Distinct().Count() == 1;
            if (!input.CrashWindowAllowed || !identical)
            {
                problems.Add($"{copies.Key} is in the lake {copies.Count()} times{(identical ? string.Empty : " with different content")}");
            }
        }

        return count;
    }

    private static HashSet<(long, DateOnly)> DeadLetteredDays(AuditInput input, List<string> problems)
    {
        var days = new HashSet<(long, DateOnly)>();
        foreach (var letter in input.DeadLetters)
        {
            if (string.IsNullOrWhiteSpace(letter.Reason))
            {
                problems.Add("a message was dead-lettered without a reason");
            }

            if (WorkMessageCodec.TryParse(letter.Body, out var message, out _))
            {
                days.Add((message!.PoolId, message.Day));
            }
        }

        return days;
    }

    // A day of the range that had ended less than two hours before is left for a later run (the plan's settling days).
    private static bool IsPlanned(AuditInput input, long poolId, DateOnly day) =>
        day >= input.Plan.From && day <= input.Plan.To && input.Plan.PoolIds.Contains(poolId) && HistoryWindow.IsReady(day, input.PlannedAt);

    private static bool Matches(IReadOnlyDictionary<string, SimulatedMeasure> truth, MeasureRecord record) =>
        truth.TryGetValue(record.RecordId, out var measure)
        && measure.Value == record.Value
        && measure.IsValid == record.IsValid
        && measure.DataType == record.Type;

    private static DateOnly DayOf(MeasureRecord record) =>
        DateOnly.ParseExact($"{record.Year}-{record.Month}-{record.Day}", "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static IEnumerable<DateOnly> Days(DateOnly from, DateOnly to)
    {
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            yield return day;
        }
    }
}
