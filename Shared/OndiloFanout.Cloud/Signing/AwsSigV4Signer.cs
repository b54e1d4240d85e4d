using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;

namespace OndiloFanout.Cloud.Signing;

/// <summary>
/// Signs requests with AWS Signature Version 4 (Authorization header). The signing key is derived once per
/// day, region, service and secret, and reused: deriving it costs four HMACs per request otherwise.
/// </summary>
public sealed class AwsSigV4Signer
{
    /// <summary>The algorithm name in the Authorization header and the string to sign.</summary>
    public const string Algorithm = "AWS4-HMAC-SHA256";

    // Headers that proxies or the HTTP stack may add or change after signing, and SDK bookkeeping headers.
    private static readonly FrozenSet<string> UnsignedHeaders = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "authorization", "user-agent", "content-length", "expect", "transfer-encoding", "connection",
        "x-amzn-trace-id", "amz-sdk-invocation-id", "amz-sdk-request");

    private readonly TimeProvider timeProvider;
    private readonly ConcurrentDictionary<(string DateStamp, string Region, string Service), SigningKey> signingKeys = new();

    public AwsSigV4Signer(TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        this.timeProvider = timeProvider;
    }

    /// <summary>Signs <paramref name="request"/> as of now. <paramref name="body"/> must be the exact bytes sent.</summary>
    public void Sign(HttpRequestMessage request, ReadOnlySpan<byte> body, AwsSigningScope scope, AwsCredentials credentials) =>
        Sign(request, body, scope, credentials, timeProvider.GetUtcNow());

    /// <summary>
    /// Signs <paramref name="request"/> as of <paramref name="signedAt"/>: sets <c>Host</c>, <c>X-Amz-Date</c>,
    /// <c>X-Amz-Security-Token</c> (with a session token) and <c>Authorization</c>, replacing earlier values.
    /// Every other header already on the request (and its content) is signed too, so set them first.
    /// </summary>
    public void Sign(
        HttpRequestMessage request, ReadOnlySpan<byte> body, AwsSigningScope scope, AwsCredentials credentials, DateTimeOffset signedAt)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(credentials);
        var uri = request.RequestUri ?? throw new ArgumentException("The request has no URI.", nameof(request));
        if (!uri.IsAbsoluteUri)
        {
            throw new ArgumentException("The request URI must be absolute.", nameof(request));
        }

        var utc = signedAt.UtcDateTime;
        var amzDate = utc.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        var dateStamp = utc.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        var payloadHash = Convert.ToHexStringLower(SHA256.HashData(body));

        var headers = request.Headers;
        headers.Remove("Authorization");
        headers.Remove("X-Amz-Date");
        headers.Remove("X-Amz-Security-Token");
        headers.Remove("X-Amz-Content-SHA256");
        headers.Host = uri.IsDefaultPort ? uri.IdnHost : $"{uri.IdnHost}:{uri.Port.ToString(CultureInfo.InvariantCulture)}";
        headers.TryAddWithoutValidation("X-Amz-Date", amzDate);
        if (credentials.SessionToken is { } sessionToken)
        {
            headers.TryAddWithoutValidation("X-Amz-Security-Token", sessionToken);
        }

        if (scope.SignContentSha256Header)
        {
            headers.TryAddWithoutValidation("X-Amz-Content-SHA256", payloadHash);
        }

        var canonicalRequest = BuildCanonicalRequest(request, payloadHash, scope.DoubleEncodePath, out var signedHeaders);
        var credentialScope = $"{dateStamp}/{scope.Region}/{scope.Service}/aws4_request";
        var stringToSign = string.Join(
            '\n', Algorithm, amzDate, credentialScope, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonicalRequest))));
        var key = GetSigningKey(credentials.SecretAccessKey, dateStamp, scope.Region, scope.Service);
        var signature = Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(stringToSign)));

        headers.TryAddWithoutValidation(
            "Authorization",
            $"{Algorithm} Credential={credentials.AccessKeyId}/{credentialScope}, SignedHeaders={signedHeaders}, Signature={signature}");
    }

    /// <summary>The canonical request of SigV4 for a request whose signing headers are already set.</summary>
    internal static string BuildCanonicalRequest(HttpRequestMessage request, string payloadHash, bool doubleEncodePath, out string signedHeaders)
    {
        var uri = request.RequestUri!;
        var canonicalHeaders = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        AddHeaders(canonicalHeaders, request.Headers.NonValidated);
        if (request.Content is not null)
        {
            AddHeaders(canonicalHeaders, request.Content.Headers.NonValidated);
        }

        var builder = new StringBuilder();
        builder.Append(request.Method.Method).Append('\n')
            .Append(SigV4Encoding.CanonicalPath(uri.AbsolutePath, doubleEncodePath)).Append('\n')
            .Append(SigV4Encoding.CanonicalQuery(uri.Query)).Append('\n');
        foreach (var (name, values) in canonicalHeaders)
        {
            builder.Append(name).Append(':').AppendJoin(',', values).Append('\n');
        }

        signedHeaders = string.Join(';', canonicalHeaders.Keys);
        builder.Append('\n').Append(signedHeaders).Append('\n').Append(payloadHash);
        return builder.ToString();
    }

    private static void AddHeaders(SortedDictionary<string, List<string>> target, HttpHeadersNonValidated headers)
    {
        foreach (var (name, values) in headers)
        {
            if (UnsignedHeaders.Contains(name))
            {
                continue;
            }

            var key = name.ToLowerInvariant();
            if (!target.TryGetValue(key, out var list))
            {
                list = [];
                target.Add(key, list);
            }

            list.AddRange(values.Select(TrimAll));
        }
    }

    // SigV4 trims a header value and collapses each run of whitespace inside it to one space (as the AWS SDKs do).
    private static string TrimAll(string value)
    {
        var trimmed = value.Trim();
        var builder = new StringBuilder(trimmed.Length);
        foreach (var c in trimmed)
        {
            if (!char.IsWhiteSpace(c))
            {
                builder.Append(c);
            }
            else if (builder[^1] != ' ')
            {
                builder.Append(' ');
            }
        }

        return builder.ToString();
    }

    private byte[] GetSigningKey(string secretAccessKey, string dateStamp, string region, string service)
    {
        var scope = (dateStamp, region, service);
        if (signingKeys.TryGetValue(scope, out var cached)
            && string.Equals(cached.SecretAccessKey, secretAccessKey, StringComparison.Ordinal))
        {
            return cached.Key;
        }

        var key = HMACSHA256.HashData(Encoding.UTF8.GetBytes("AWS4" + secretAccessKey), Encoding.UTF8.GetBytes(dateStamp));
        key = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(region));
        key = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(service));
        key = HMACSHA256.HashData(key, "aws4_request"u8);
        foreach (var stale in signingKeys.Keys.Where(k => k.DateStamp != dateStamp))
        {
            // Keys of past days are never used again: a long-lived process keeps one day's worth.
            signingKeys.TryRemove(stale, out _);
        }

        signingKeys[scope] = new SigningKey(secretAccessKey, key);
        return key;
    }

    private sealed record SigningKey(string SecretAccessKey, byte[] Key)
    {
        // The secret must never reach a log through a record's generated ToString.
        public override string ToString() => "SigningKey";
    }
}
