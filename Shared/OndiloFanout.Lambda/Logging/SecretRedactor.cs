using System.Text.RegularExpressions;

namespace OndiloFanout.Lambda.Logging;

/// <summary>
/// Removes secrets from any text before it leaves the process (log lines, Runtime API error posts):
/// the values registered at run time (the token store registers the access and refresh tokens it loads),
/// and, by pattern, <c>Bearer …</c> credentials and <c>access_token</c>/<c>refresh_token</c> parameters or JSON members.
/// Thread-safe.
/// </summary>
public sealed partial class SecretRedactor
{
    /// <summary>What replaces a secret.</summary>
    public const string Mask = "***redacted***";

    /// <summary>Shorter values are not registered: masking every occurrence of a short string would shred logs.</summary>
    public const int MinimumSecretLength = 8;

    private readonly Lock _gate = new();
    private string[] _secrets = [];

    /// <summary>Adds a value to mask from now on; null, blank or shorter than <see cref="MinimumSecretLength"/> is ignored.</summary>
    public void Register(string? secret)
    {
        if (string.IsNullOrWhiteSpace(secret) || secret.Length < MinimumSecretLength)
        {
            return;
        }

        lock (_gate)
        {
            if (Array.IndexOf(_secrets, secret) >= 0)
            {
                return;
            }

            // Longest first, so a secret that contains another is masked whole. Readers see a complete array.
            _secrets = [.. _secrets.Append(secret).OrderByDescending(s => s.Length)];
        }
    }

    /// <summary>The text with every registered secret and every credential-shaped fragment masked.</summary>
    public string Redact(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = text;
        foreach (var secret in Volatile.Read(ref _secrets))
        {
            result = result.Replace(secret, Mask, StringComparison.Ordinal);
        }

        result = BearerPattern().Replace(result, "$1" + Mask);
        result = QueryParameterPattern().Replace(result, "$1" + Mask);
        return JsonMemberPattern().Replace(result, "$1" + Mask + "\"");
    }

    [GeneratedRegex(@"(\bBearer\s+)[^\s""',;]+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BearerPattern();

    [GeneratedRegex(@"(\b(?:access_token|refresh_token)=)[^&\s""',;]*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex QueryParameterPattern();

    [GeneratedRegex(@"(""(?:access_token|refresh_token)""\s*:\s*"")(?:[^""\\]|\\.)*""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex JsonMemberPattern();
}
