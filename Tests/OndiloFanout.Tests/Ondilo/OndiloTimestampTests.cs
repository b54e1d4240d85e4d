using CsCheck;
using OndiloFanout.Ondilo;
using Xunit;

namespace OndiloFanout.Tests.Ondilo;

public sealed class OndiloTimestampTests
{
    private static readonly Gen<DateTimeOffset> Times =
        Gen.Long[new DateTime(1970, 1, 2).Ticks, new DateTime(2200, 1, 1).Ticks].Select(t => new DateTimeOffset(t, TimeSpan.Zero));

    private static readonly Gen<TimeSpan> Offsets = Gen.Int[-14 * 60, 14 * 60].Select(m => TimeSpan.FromMinutes(m));

    [Theory]
    [InlineData("2024-01-01 01:00:00", "2024-01-01T01:00:00.0000000+00:00")]
    [InlineData("2020-03-23T16:08:51+0000", "2020-03-23T16:08:51.0000000+00:00")]
    [InlineData("2020-03-23T16:08:51Z", "2020-03-23T16:08:51.0000000+00:00")]
    [InlineData("2020-03-23T16:08:51+00:00", "2020-03-23T16:08:51.0000000+00:00")]
    [InlineData("2020-03-23T18:08:51+02:00", "2020-03-23T16:08:51.0000000+00:00")]
    [InlineData("2020-03-23T11:38:51-0430", "2020-03-23T16:08:51.0000000+00:00")]
    [InlineData("2020-03-23T17:08:51+01", "2020-03-23T16:08:51.0000000+00:00")]
    [InlineData("2020-03-23T16:08:51.5Z", "2020-03-23T16:08:51.5000000+00:00")]
    [InlineData("2020-03-23 16:08:51.123456789", "2020-03-23T16:08:51.1234567+00:00")]
    [InlineData("2020-03-24T00:30:00+01:00", "2020-03-23T23:30:00.0000000+00:00")]
    [InlineData(" 2024-02-29 23:59:59 ", "2024-02-29T23:59:59.0000000+00:00")]
    public void Parse_KnownForm_ReturnsUtc(string text, string expected)
    {
        var parsed = OndiloTimestamp.Parse(text);

        Assert.Equal(expected, parsed.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("2024-01-01")]
    [InlineData("2024-01-01 1:00:00")]
    [InlineData("2024-13-01 01:00:00")]
    [InlineData("2023-02-29 01:00:00")]
    [InlineData("2024-01-01 24:00:00")]
    [InlineData("2024-01-01 01:60:00")]
    [InlineData("2024-01-01X01:00:00")]
    [InlineData("2024-01-01T01:00:00.")]
    [InlineData("2024-01-01T01:00:00+1")]
    [InlineData("2024-01-01T01:00:00+15:00")]
    [InlineData("2024-01-01T01:00:00+01:60")]
    [InlineData("2024-01-01T01:00:00 UTC")]
    [InlineData("0001-01-01T00:30:00+01:00")]
    [InlineData("١٢٣٤-01-01 01:00:00")]
    public void TryParse_NotATimestamp_ReturnsFalse(string? text)
    {
        Assert.False(OndiloTimestamp.TryParse(text, out _));
    }

    [Fact]
    public void Parse_NotATimestamp_ThrowsFormatException()
    {
        Assert.Throws<FormatException>(() => OndiloTimestamp.Parse("soon"));
    }

    [Fact]
    public void TryParse_SpaceFormat_RoundTripsAnySecond()
    {
        Times.Sample(t =>
        {
            var whole = new DateTimeOffset(t.Ticks - (t.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
            var text = whole.ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);
            return OndiloTimestamp.TryParse(text, out var parsed) && parsed == whole && parsed.Offset == TimeSpan.Zero;
        }, iter: 200);
    }

    [Fact]
    public void TryParse_AnyOffsetAnyStyle_GivesSameInstantInUtc()
    {
        Gen.Select(Times, Offsets, Gen.Int[0, 2]).Sample((t, offset, style) =>
        {
            var local = t.ToOffset(offset);
            var sign = offset < TimeSpan.Zero ? '-' : '+';
            var abs = offset.Duration();
            var zone = style switch
            {
                0 => $"{sign}{abs.Hours:00}{abs.Minutes:00}",
                1 => $"{sign}{abs.Hours:00}:{abs.Minutes:00}",
                _ => offset == TimeSpan.Zero ? "Z" : $"{sign}{abs.Hours:00}:{abs.Minutes:00}",
            };
            var text = local.ToString("yyyy-MM-ddTHH:mm:ss.fffffff", System.Globalization.CultureInfo.InvariantCulture) + zone;
            return OndiloTimestamp.TryParse(text, out var parsed) && parsed == t && parsed.Offset == TimeSpan.Zero;
        }, iter: 200);
    }

    [Fact]
    public void TryParse_ArbitraryText_NeverThrowsAndAnyResultIsUtc()
    {
        Gen.String[Gen.Char["0123456789-:T .Z+zt,"], 0, 40].Sample(s =>
            OndiloTimestamp.TryParse(s, out var parsed) ? parsed.Offset == TimeSpan.Zero : parsed == default, iter: 300);
    }
}
