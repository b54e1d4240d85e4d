using System.Globalization;
using OndiloFanout.Domain.Collection;

namespace OndiloFanout.Cli.Report;

/// <summary>Turns <c>--from/--to</c> or <c>--days</c> into the UTC days a report covers.</summary>
internal static class ReportRange
{
    /// <summary>Days shown when neither <c>--from/--to</c> nor <c>--days</c> is given.</summary>
    public const int DefaultDays = 7;

    /// <summary>A longer range would draw more than 8,000 points per chart, past what a line chart can show.</summary>
    public const int MaxDays = 366;

    /// <summary>
    /// <c>--from D --to D</c> (inclusive UTC days), or <c>--days N</c>: the N whole days ending yesterday (UTC), the
    /// last day a daily collection has written.
    /// </summary>
    public static DayRange Resolve(string? from, string? to, int? days, DateTimeOffset now)
    {
        if (from is not null || to is not null)
        {
            if (from is null || to is null || days is not null)
            {
                throw new ReportInputException("Give --from and --to together (YYYY-MM-DD), or --days alone.");
            }

            var range = new DayRange(ParseDay("--from", from), ParseDay("--to", to));
            if (range.To < range.From)
            {
                throw new ReportInputException($"--to {to} is before --from {from}.");
            }

            return range.Count <= MaxDays ? range : throw new ReportInputException($"The range holds {range.Count} days; at most {MaxDays} fit in one report.");
        }

        var count = days ?? DefaultDays;
        if (count is < 1 or > MaxDays)
        {
            throw new ReportInputException($"--days must be within 1..{MaxDays}.");
        }

        var yesterday = UtcDay.Of(now).AddDays(-1);
        return new DayRange(yesterday.AddDays(1 - count), yesterday);
    }

    private static DateOnly ParseDay(string option, string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : throw new ReportInputException($"{option} must be a UTC day written YYYY-MM-DD, not '{text}'.");
}
