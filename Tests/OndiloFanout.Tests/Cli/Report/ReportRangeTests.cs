using OndiloFanout.Cli.Report;
using OndiloFanout.Domain.Collection;
using Xunit;

namespace OndiloFanout.Tests.Cli.Report;

public sealed class ReportRangeTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 10, 30, 0, TimeSpan.Zero);

    [Fact]
    public void Resolve_NothingGiven_SevenDaysEndingYesterday()
    {
        Assert.Equal(new DayRange(new DateOnly(2026, 11, 18), new DateOnly(2026, 11, 24)), ReportRange.Resolve(null, null, null, Now));
    }

    [Fact]
    public void Resolve_Days_ThatManyDaysEndingYesterday()
    {
        Assert.Equal(new DayRange(new DateOnly(2026, 11, 24), new DateOnly(2026, 11, 24)), ReportRange.Resolve(null, null, 1, Now));
        Assert.Equal(30, ReportRange.Resolve(null, null, 30, Now).Count);
    }

    [Fact]
    public void Resolve_FromTo_ThoseDaysInclusive()
    {
        Assert.Equal(new DayRange(new DateOnly(2026, 10, 30), new DateOnly(2026, 11, 2)), ReportRange.Resolve("2026-10-30", "2026-11-02", null, Now));
    }

    [Theory]
    [InlineData("2026-11-01", null, null, "--from and --to together")]
    [InlineData(null, "2026-11-01", null, "--from and --to together")]
    [InlineData("2026-11-01", "2026-11-02", 3, "--days alone")]
    [InlineData("2026-11-05", "2026-11-02", null, "before --from")]
    [InlineData("01/11/2026", "2026-11-02", null, "YYYY-MM-DD")]
    [InlineData("2024-01-01", "2026-11-02", null, "at most 366")]
    [InlineData(null, null, 0, "--days must be within")]
    [InlineData(null, null, 367, "--days must be within")]
    public void Resolve_BadInput_RefusedNamingTheFix(string? from, string? to, int? days, string expected)
    {
        var error = Assert.Throws<ReportInputException>(() => ReportRange.Resolve(from, to, days, Now));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
