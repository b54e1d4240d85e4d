using System.Globalization;
using System.Text;
using System.Text.Json;
using CsCheck;

namespace OndiloFanout.Tests.Reliability;

/// <summary>Generators of hostile input: any text, unicode of every plane, wrong JSON types, huge values, truncations.</summary>
internal static class ReliabilityGen
{
    private static readonly string[] Unicode =
        ["é", "ß", "€", "日本", "😀", "\u200B", "\u202E", "\uFEFF", "\0", "\t", "\n", "\\", "\"", "'", "{", "}", "[", "]", ":", ",", " "];

    /// <summary>Text mixing ASCII, multi-byte and astral characters, controls and JSON punctuation.</summary>
    public static readonly Gen<string> Text =
        Gen.OneOf(Gen.String[Gen.Char.AlphaNumeric, 0, 12], Gen.OneOfConst(Unicode)).Array[0, 12].Select(parts => string.Concat(parts));

    /// <summary>Any JSON value: scalars of every type, edge numbers, huge strings and numbers, arrays, objects.</summary>
    public static readonly Gen<string> JsonValue = Gen.OneOf(
        Gen.OneOfConst("null", "true", "false", "0", "-1", "1e400", "-0", "1.5", "9223372036854775808", "[]", "{}", "[1,\"a\",null]", """{"a":{"b":[]}}"""),
        Gen.OneOfConst("\"2026-03-09\"", "\"2026-02-30\"", "\"true\"", "\"ph\"", "\"week\"", "\"\""),
        Gen.Long.Select(l => l.ToString(CultureInfo.InvariantCulture)),
        Text.Select(Quote),
        Gen.Int[1, 5].Select(n => Quote(new string('x', n * 100_000))),
        Gen.Const(new string('9', 20_000)));

    /// <summary>Any text at all, including lone surrogates.</summary>
    public static readonly Gen<string> AnyText = Gen.OneOf(Gen.String, Text);

    /// <summary>A JSON object of <paramref name="names"/> (and an odd one) with values of any type, sometimes cut short.</summary>
    public static Gen<string> ObjectOf(params string[] names) =>
        from fields in Gen.Select(Gen.OneOf(Gen.OneOfConst(names), Text), JsonValue).Array[0, 6]
        from cut in Gen.Int[0, 4]
        let json = "{" + string.Join(',', fields.Select(f => Quote(f.Item1) + ":" + f.Item2)) + "}"
        select cut == 0 ? json[..(json.Length / 2)] : json;

    /// <summary>A JSON string literal of <paramref name="text"/>; lone surrogates become U+FFFD as any encoder would.</summary>
    public static string Quote(string text)
    {
        var clean = Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(text));
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStringValue(clean);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
