using OndiloFanout.Contracts;
using OndiloFanout.Lambda;
using Xunit;

namespace OndiloFanout.Tests.Lambda;

[Trait("Category", "TimeSensitive")]
public sealed class ProcessClockTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void FromSetting_Unset_IsNotAFixedStartClock(string? value) =>
        Assert.IsNotType<FixedStartTimeProvider>(ProcessClock.FromSetting(value));

    [Theory]
    [InlineData("2026-12-31T23:52:00Z")]
    [InlineData("2026-12-31 23:52:00")]
    [InlineData("2027-01-01T00:52:00+01:00")]
    public void FromSetting_Instant_StartsThereInUtc(string value)
    {
        var start = new DateTimeOffset(2026, 12, 31, 23, 52, 0, TimeSpan.Zero);

        var now = ProcessClock.FromSetting(value).GetUtcNow();

        Assert.InRange(now, start, start.AddSeconds(10));
        Assert.Equal(TimeSpan.Zero, now.Offset);
    }

    [Fact]
    public void FromSetting_NotAnInstant_ThrowsNamingTheSetting()
    {
        var error = Assert.Throws<InvalidSettingsException>(() => ProcessClock.FromSetting("tomorrow"));

        Assert.Contains(SettingNames.ClockStart, error.Message, StringComparison.Ordinal);
    }
}
