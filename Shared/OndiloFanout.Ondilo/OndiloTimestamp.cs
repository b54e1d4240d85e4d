using System.Diagnostics.CodeAnalysis;

namespace OndiloFanout.Ondilo;

/// <summary>
/// Reads the timestamps of the Ondilo API. Real responses since 2024 send <c>2024-01-01 01:00:00</c> (space, no
/// offset, meaning UTC); the docs and <c>updated_at</c> send <c>2020-03-23T16:08:51+0000</c> (offset without a colon).
/// <see cref="DateTimeOffset.Parse(string)"/> and System.Text.Json reject or misread both, hence this parser.
/// Also accepts ISO-8601 with <c>Z</c>, <c>+hh:mm</c>, <c>+hhmm</c> or <c>+hh</c>, and fractional seconds.
/// </summary>
internal static class OndiloTimestamp
{
    private static readonly TimeSpan MaxOffset = TimeSpan.FromHours(14);

    /// <summary>Parses <paramref name="s"/> into a UTC time (offset zero); a missing offset means UTC.</summary>
    public static bool TryParse([NotNullWhen(true)] string? s, out DateTimeOffset utc)
    {
        utc = default;
        if (s is null)
        {
            return false;
        }

        var text = s.AsSpan().Trim();
        if (text.Length < 19 || text[4] != '-' || text[7] != '-' || text[13] != ':' || text[16] != ':'
            || (text[10] != ' ' && text[10] != 'T' && text[10] != 't'))
        {
            return false;
        }

        if (!TryDigits(text, 0, 4, out var year) || !TryDigits(text, 5, 2, out var month) || !TryDigits(text, 8, 2, out var day)
            || !TryDigits(text, 11, 2, out var hour) || !TryDigits(text, 14, 2, out var minute) || !TryDigits(text, 17, 2, out var second))
        {
            return false;
        }

        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)
            || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        var rest = text[19..];
        long fractionTicks = 0;
        if (!rest.IsEmpty && (rest[0] == '.' || rest[0] == ','))
        {
            var digits = 1;
            while (digits < rest.Length && char.IsAsciiDigit(rest[digits]))
            {
                digits++;
            }

            if (digits == 1)
            {
                return false;
            }

            // Ticks hold 7 decimals; further digits are below what DateTimeOffset can represent, so they are dropped.
            var kept = rest[1..Math.Min(digits, 8)];
            foreach (var c in kept)
            {
                fractionTicks = (fractionTicks * 10) + (c - '0');
            }

            for (var i = kept.Length; i < 7; i++)
            {
                fractionTicks *= 10;
            }

            rest = rest[digits..];
        }

        if (!TryParseOffset(rest, out var offset))
        {
            return false;
        }

        var local = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Unspecified).Ticks + fractionTicks;
        var utcTicks = local - offset.Ticks;
        if (utcTicks < DateTime.MinValue.Ticks || utcTicks > DateTime.MaxValue.Ticks)
        {
            return false;
        }

        utc = new DateTimeOffset(utcTicks, TimeSpan.Zero);
        return true;
    }

    /// <summary>Like <see cref="TryParse"/>, but throws <see cref="FormatException"/> for a text it cannot read.</summary>
    public static DateTimeOffset Parse(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return TryParse(s, out var utc) ? utc : throw new FormatException($"'{s}' is not an Ondilo timestamp.");
    }

    private static bool TryParseOffset(ReadOnlySpan<char> rest, out TimeSpan offset)
    {
        offset = TimeSpan.Zero;
        if (rest.IsEmpty || (rest.Length == 1 && (rest[0] == 'Z' || rest[0] == 'z')))
        {
            return true;
        }

        if (rest[0] != '+' && rest[0] != '-')
        {
            return false;
        }

        var sign = rest[0] == '-' ? -1 : 1;
        var body = rest[1..];
        int hours;
        var minutes = 0;
        var ok = body.Length switch
        {
            2 => TryDigits(body, 0, 2, out hours),
            4 => TryDigits(body, 0, 2, out hours) && TryDigits(body, 2, 2, out minutes),
            5 => body[2] == ':' & TryDigits(body, 0, 2, out hours) & TryDigits(body, 3, 2, out minutes),
            _ => Fail(out hours),
        };

        if (!ok || minutes > 59)
        {
            return false;
        }

        offset = new TimeSpan(hours, minutes, 0) * sign;
        return offset.Duration() <= MaxOffset;
    }

    private static bool Fail(out int value)
    {
        value = 0;
        return false;
    }

    private static bool TryDigits(ReadOnlySpan<char> text, int start, int length, out int value)
    {
        value = 0;
        for (var i = start; i < start + length; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                return false;
            }

            value = (value * 10) + (text[i] - '0');
        }

        return true;
    }
}
