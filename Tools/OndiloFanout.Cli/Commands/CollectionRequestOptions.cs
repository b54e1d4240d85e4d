using System.CommandLine;
using OndiloFanout.Local.Run;

namespace OndiloFanout.Cli.Commands;

/// <summary>
/// The options that choose which device-days to collect, shared by <c>run</c> and <c>backfill</c>. They become the
/// scheduler's input as given (see <see cref="SchedulerPayload"/>), so both commands accept exactly what the function accepts.
/// </summary>
internal sealed class CollectionRequestOptions
{
    public Option<bool> Month { get; } = new("--month") { Description = "Collect the last 30 days (the API's whole history)." };
    public Option<string?> Date { get; } = new("--date") { Description = "Collect one UTC day, YYYY-MM-DD." };
    public Option<string?> From { get; } = new("--from") { Description = "First UTC day of a range, YYYY-MM-DD (with --to)." };
    public Option<string?> To { get; } = new("--to") { Description = "Last UTC day of a range, YYYY-MM-DD (with --from)." };
    public Option<string?> Pools { get; } = new("--pools") { Description = "Only these pool ids, comma-separated." };
    public Option<bool> Force { get; } = new("--force") { Description = "Re-collect days already collected." };
    public Option<bool> DryRun { get; } = new("--dry-run") { Description = "Plan and report; enqueue and write nothing." };

    public IReadOnlyList<Option> All => [Month, Date, From, To, Pools, Force, DryRun];

    /// <summary>
    /// The scheduler's input. With no day chosen it asks for the last 30 days when <paramref name="monthByDefault"/>
    /// (a backfill), else for nothing, which the scheduler reads as yesterday (a daily run).
    /// </summary>
    public string BuildPayload(ParseResult parse, bool monthByDefault)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var (date, from, to) = (parse.GetValue(Date), parse.GetValue(From), parse.GetValue(To));
        var month = parse.GetValue(Month) || (monthByDefault && date is null && from is null && to is null);
        return SchedulerPayload.Build(month, date, from, to, parse.GetValue(Pools)?.Split(','), parse.GetValue(Force), parse.GetValue(DryRun));
    }
}
