using System.Text;

namespace OndiloFanout.Cloud;

/// <summary>Makes free text (an error's reason) acceptable as an SQS string attribute.</summary>
internal static class SqsText
{
    /// <summary>
    /// Replaces the characters SQS rejects (it allows #x9, #xA, #xD, #x20–#xD7FF, #xE000–#xFFFD and
    /// #x10000–#x10FFFF) with <c>?</c>, so that a reason can never make the dead-lettering itself fail.
    /// </summary>
    public static string Sanitize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            builder.Append(IsAllowed(rune) ? rune.ToString() : "?");
        }

        return builder.ToString();
    }

    /// <summary>Cuts <paramref name="text"/> to at most <paramref name="maxLength"/> UTF-16 units, never inside a surrogate pair.</summary>
    public static string Truncate(string text, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length <= maxLength)
        {
            return text;
        }

        var length = char.IsHighSurrogate(text[maxLength - 1]) ? maxLength - 1 : maxLength;
        return text[..length];
    }

    private static bool IsAllowed(Rune rune) => rune.Value switch
    {
        0x9 or 0xA or 0xD => true,
        >= 0x20 and <= 0xD7FF => true,
        >= 0xE000 and <= 0xFFFD => true,
        >= 0x10000 => true,
        _ => false,
    };
}
