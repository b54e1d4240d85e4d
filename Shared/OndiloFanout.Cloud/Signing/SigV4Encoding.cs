using System.Text;

namespace OndiloFanout.Cloud.Signing;

/// <summary>The URI encoding SigV4 prescribes: RFC 3986, everything but unreserved characters percent-encoded in upper-case hex.</summary>
internal static class SigV4Encoding
{
    public static string Encode(string value)
    {
        var bytes = Encoding.UTF8.GetBytes(value);
        var builder = new StringBuilder(bytes.Length * 3);
        foreach (var b in bytes)
        {
            if (IsUnreserved(b))
            {
                builder.Append((char)b);
            }
            else
            {
                builder.Append('%').Append(Convert.ToHexString([b]));
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// The canonical URI of an already-escaped absolute path. Each segment is decoded, then encoded once to normalise it
    /// and, for every service but S3, once more: SigV4 signs the double-encoded path.
    /// </summary>
    public static string CanonicalPath(string escapedPath, bool doubleEncode)
    {
        if (escapedPath.Length == 0 || escapedPath == "/")
        {
            return "/";
        }

        var segments = escapedPath.Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            var once = Encode(Uri.UnescapeDataString(segments[i]));
            segments[i] = doubleEncode ? Encode(once) : once;
        }

        return string.Join('/', segments);
    }

    /// <summary>The canonical query string: each name and value decoded, re-encoded, then sorted by name and value.</summary>
    public static string CanonicalQuery(string escapedQuery)
    {
        var query = escapedQuery.StartsWith('?') ? escapedQuery[1..] : escapedQuery;
        if (query.Length == 0)
        {
            return string.Empty;
        }

        var pairs = new List<(string Name, string Value)>();
        foreach (var part in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            var name = equals < 0 ? part : part[..equals];
            var value = equals < 0 ? string.Empty : part[(equals + 1)..];
            // A '+' stays literal (it means a space only in form encoding): it is signed as %2B.
            pairs.Add((Encode(Uri.UnescapeDataString(name)), Encode(Uri.UnescapeDataString(value))));
        }

        pairs.Sort((a, b) =>
        {
            var byName = string.CompareOrdinal(a.Name, b.Name);
            return byName != 0 ? byName : string.CompareOrdinal(a.Value, b.Value);
        });
        return string.Join('&', pairs.Select(p => $"{p.Name}={p.Value}"));
    }

    private static bool IsUnreserved(byte b) =>
        b is (>= (byte)'A' and <= (byte)'Z') or (>= (byte)'a' and <= (byte)'z') or (>= (byte)'0' and <= (byte)'9')
            or (byte)'-' or (byte)'_' or (byte)'.' or (byte)'~';
}
