using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace OndiloFanout.Ondilo;

/// <summary>
/// Converts a Python literal (the <c>repr</c> of a dict as the original Python project stored its token: single
/// quotes, <c>True/False/None</c>, lists, tuples, escapes) into JSON, with a small tokenizer. The original project
/// read it back with <c>eval</c>; nothing here evaluates anything. Problems name a character position only, never
/// the text around it, because the text is a secret.
/// </summary>
internal sealed class PythonLiteralReader
{
    private const int MaxDepth = 32;
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly string _text;
    private readonly Utf8JsonWriter _writer;
    private int _pos;

    private PythonLiteralReader(string text, Utf8JsonWriter writer)
    {
        _text = text;
        _writer = writer;
    }

    /// <summary>Converts <paramref name="text"/> to UTF-8 JSON, or returns <c>false</c> with the problem.</summary>
    public static bool TryConvertToJson(string text, out ReadOnlyMemory<byte> json, out string problem)
    {
        ArgumentNullException.ThrowIfNull(text);
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            var reader = new PythonLiteralReader(text, writer);
            if (!reader.TryReadDocument(out problem))
            {
                json = default;
                return false;
            }
        }

        json = buffer.WrittenMemory;
        return true;
    }

    private bool TryReadDocument(out string problem)
    {
        if (!TryReadValue(0, out problem))
        {
            return false;
        }

        SkipWhitespace();
        if (_pos < _text.Length)
        {
            problem = $"unexpected character at position {_pos} after the end of the value";
            return false;
        }

        _writer.Flush();
        return true;
    }

    private bool TryReadValue(int depth, out string problem)
    {
        problem = string.Empty;
        if (depth > MaxDepth)
        {
            problem = $"nested deeper than {MaxDepth} levels at position {_pos}";
            return false;
        }

        SkipWhitespace();
        if (_pos >= _text.Length)
        {
            problem = $"the text ends at position {_pos} where a value is expected";
            return false;
        }

        var c = _text[_pos];
        switch (c)
        {
            case '{':
                return TryReadDict(depth, out problem);
            case '[':
                return TryReadSequence(']', depth, out problem);
            case '(':
                return TryReadSequence(')', depth, out problem);
            case '\'' or '"' or 'u' or 'U' when IsStringStart():
                if (!TryReadString(out var value, out problem))
                {
                    return false;
                }

                _writer.WriteStringValue(value);
                return true;
            default:
                if (c == '-' || c == '+' || char.IsAsciiDigit(c) || c == '.')
                {
                    return TryReadNumber(out problem);
                }

                return TryReadKeyword(out problem);
        }
    }

    private bool TryReadDict(int depth, out string problem)
    {
        _pos++;
        _writer.WriteStartObject();
        while (true)
        {
            SkipWhitespace();
            if (TryConsume('}'))
            {
                _writer.WriteEndObject();
                problem = string.Empty;
                return true;
            }

            if (_pos >= _text.Length || !IsStringStart())
            {
                problem = _pos >= _text.Length
                    ? $"the text ends at position {_pos} inside a dict"
                    : $"a dict key at position {_pos} is not a string";
                return false;
            }

            if (!TryReadString(out var key, out problem))
            {
                return false;
            }

            _writer.WritePropertyName(key);
            SkipWhitespace();
            if (!TryConsume(':'))
            {
                problem = $"expected ':' at position {_pos}";
                return false;
            }

            if (!TryReadValue(depth + 1, out problem))
            {
                return false;
            }

            if (!TryEndItem('}', "dict", out problem))
            {
                return false;
            }
        }
    }

    private bool TryReadSequence(char close, int depth, out string problem)
    {
        _pos++;
        _writer.WriteStartArray();
        while (true)
        {
            SkipWhitespace();
            if (TryConsume(close))
            {
                _writer.WriteEndArray();
                problem = string.Empty;
                return true;
            }

            if (!TryReadValue(depth + 1, out problem) || !TryEndItem(close, "list", out problem))
            {
                return false;
            }
        }
    }

    /// <summary>After an item: a comma (a trailing one is valid Python), or the closing bracket left for the caller.</summary>
    private bool TryEndItem(char close, string container, out string problem)
    {
        problem = string.Empty;
        SkipWhitespace();
        if (TryConsume(','))
        {
            return true;
        }

        if (_pos < _text.Length && _text[_pos] == close)
        {
            return true;
        }

        problem = _pos >= _text.Length
            ? $"the text ends at position {_pos} inside a {container}"
            : $"expected ',' or '{close}' at position {_pos}";
        return false;
    }

    private bool IsStringStart()
    {
        var c = _text[_pos];
        if (c is '\'' or '"')
        {
            return true;
        }

        // Python 2 wrote unicode strings as u'...'.
        return c is 'u' or 'U' && _pos + 1 < _text.Length && _text[_pos + 1] is '\'' or '"';
    }

    private bool TryReadString(out string value, out string problem)
    {
        value = string.Empty;
        problem = string.Empty;
        if (_text[_pos] is 'u' or 'U')
        {
            _pos++;
        }

        var start = _pos;
        var quote = _text[_pos++];
        var builder = new StringBuilder();
        while (_pos < _text.Length)
        {
            var c = _text[_pos++];
            if (c == quote)
            {
                value = builder.ToString();
                return true;
            }

            if (c is '\n' or '\r')
            {
                break;
            }

            if (c != '\\')
            {
                builder.Append(c);
                continue;
            }

            if (!TryReadEscape(builder, out problem))
            {
                return false;
            }
        }

        problem = $"the string starting at position {start} is not terminated";
        return false;
    }

    private bool TryReadEscape(StringBuilder builder, out string problem)
    {
        problem = string.Empty;
        if (_pos >= _text.Length)
        {
            problem = $"the text ends at position {_pos} inside an escape";
            return false;
        }

        var escapeAt = _pos - 1;
        var c = _text[_pos++];
        switch (c)
        {
            case '\\' or '\'' or '"': builder.Append(c); return true;
            case 'n': builder.Append('\n'); return true;
            case 'r': builder.Append('\r'); return true;
            case 't': builder.Append('\t'); return true;
            case 'b': builder.Append('\b'); return true;
            case 'f': builder.Append('\f'); return true;
            case 'x': return TryReadHex(2, builder, escapeAt, out problem);
            case 'u': return TryReadHex(4, builder, escapeAt, out problem);
            case 'U': return TryReadHex(8, builder, escapeAt, out problem);
            default:
                // Python keeps an unknown escape as written: backslash and character.
                builder.Append('\\').Append(c);
                return true;
        }
    }

    private bool TryReadHex(int length, StringBuilder builder, int escapeAt, out string problem)
    {
        problem = string.Empty;
        if (_pos + length > _text.Length
            || !int.TryParse(_text.AsSpan(_pos, length), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code)
            || !Rune.IsValid(code))
        {
            problem = $"invalid escape at position {escapeAt}";
            return false;
        }

        _pos += length;
        builder.Append(new Rune(code).ToString());
        return true;
    }

    private bool TryReadNumber(out string problem)
    {
        problem = string.Empty;
        var start = _pos;
        while (_pos < _text.Length && (char.IsAsciiDigit(_text[_pos]) || _text[_pos] is '-' or '+' or '.' or 'e' or 'E' or '_'))
        {
            _pos++;
        }

        // Python allows 1_000 digit separators; JSON does not.
        var span = _text.AsSpan(start, _pos - start).ToString().Replace("_", string.Empty, StringComparison.Ordinal);
        if (long.TryParse(span, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole))
        {
            _writer.WriteNumberValue(whole);
            return true;
        }

        if (double.TryParse(span, NumberStyles.Float, CultureInfo.InvariantCulture, out var real) && double.IsFinite(real))
        {
            _writer.WriteNumberValue(real);
            return true;
        }

        problem = $"invalid number at position {start}";
        return false;
    }

    private bool TryReadKeyword(out string problem)
    {
        problem = string.Empty;
        var start = _pos;
        while (_pos < _text.Length && char.IsAsciiLetterOrDigit(_text[_pos]))
        {
            _pos++;
        }

        switch (_text.AsSpan(start, _pos - start))
        {
            case "True": _writer.WriteBooleanValue(true); return true;
            case "False": _writer.WriteBooleanValue(false); return true;
            case "None": _writer.WriteNullValue(); return true;
            default:
                problem = $"unexpected value at position {start}";
                return false;
        }
    }

    private bool TryConsume(char c)
    {
        if (_pos < _text.Length && _text[_pos] == c)
        {
            _pos++;
            return true;
        }

        return false;
    }

    private void SkipWhitespace()
    {
        while (_pos < _text.Length && char.IsWhiteSpace(_text[_pos]))
        {
            _pos++;
        }
    }
}
