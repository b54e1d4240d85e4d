using Amazon.Runtime.Internal;
using Amazon.Runtime.Internal.Auth;
using Amazon.SQS;
using Amazon.SQS.Model;
using CsCheck;
using Microsoft.Extensions.Time.Testing;
using OndiloFanout.Cloud.Signing;
using Xunit;

namespace OndiloFanout.Tests.Cloud.Signing;

/// <summary>
/// Cross-checks the signer against AWSSDK.Core's own SigV4 signer (an Internal type: a test oracle only)
/// on many generated requests: methods, paths, query strings, headers, bodies, times, scopes, session tokens.
/// </summary>
public sealed class AwsSigV4SignerOracleTests
{
    private static readonly Gen<string> Word = Gen.Char["abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.~"].Array[1, 8].Select(c => new string(c));
    private static readonly Gen<string> AnyText = Gen.Char["abcXYZ019 -_.~!$&'()*+,;=:@/?#[]%\"<>^`{|}é€ß"].Array[0, 12].Select(c => new string(c));
    // In paths the SDK leaves RFC 3986 sub-delimiters (!$&'()*+,;=) and : [ ] unencoded, where the SigV4 spec
    // (and botocore) encode them; our own paths are always "/", so paths here avoid those characters. No "." or ".."
    // segment either: System.Uri removes them from what is sent, while the SDK signs its resource path as given.
    private static readonly Gen<string> PathText = Gen.Char["abcXYZ019 -_.~@%\"<>^`{|}é€ß"].Array[0, 12].Select(c => new string(c));
    // No tabs: the SDK's whitespace folding around tabs is inconsistent, and our header values never hold one.
    private static readonly Gen<string> HeaderValue = Gen.Char["abcXYZ019 -_.~!$&'()*+,;=:@/?[]%\"<>^`{|}"].Array[1, 16].Select(c => new string(c));

    private static readonly Gen<SignCase> Cases =
        from method in Gen.OneOfConst("GET", "POST", "PUT", "DELETE")
        from host in Gen.OneOfConst("firehose.eu-west-1.amazonaws.com", "secretsmanager.us-east-1.amazonaws.com", "127.0.0.1")
        from port in Gen.OneOfConst(0, 0, 4566, 8443)
        from segments in Gen.Select(Word, PathText).Select((w, t) => w + t).Where(s => s is not ("." or "..")).Array[0, 3]
        from query in Gen.Select(Word, AnyText).Array[0, 4]
        from headers in Gen.Select(Word, HeaderValue).Array[0, 4]
        from contentType in Gen.OneOfConst<string?>(null, "application/x-amz-json-1.1", "application/x-www-form-urlencoded; charset=utf-8")
        from body in Gen.Byte.Array[0, 64]
        from seconds in Gen.Long[1_400_000_000, 2_100_000_000]
        from region in Gen.OneOfConst("us-east-1", "eu-west-3", "ap-southeast-2")
        from service in Gen.OneOfConst("firehose", "secretsmanager", "iam", "execute-api")
        from token in Gen.OneOfConst<string?>(null, "IQoJb3JpZ2luX2VjEJr//////////wEaCXVzLWVhc3QtMSJHMEUCIQ==")
        select new SignCase(
            method, host, port, segments, query.DistinctBy(q => q.Item1).ToArray(), headers.DistinctBy(h => h.Item1.ToLowerInvariant()).ToArray(),
            contentType, body, DateTimeOffset.FromUnixTimeSeconds(seconds), region, service, token);

    [Fact]
    public void Sign_GeneratedRequests_MatchesAwsSdkSigner()
    {
        var sut = new AwsSigV4Signer(new FakeTimeProvider());

        Cases.Sample(c => SignWithSdk(c) == SignWithSut(sut, c), iter: 300, threads: 1);
    }

    private static string SignWithSut(AwsSigV4Signer sut, SignCase c)
    {
        using var request = new HttpRequestMessage(new HttpMethod(c.Method), c.ToUri());
        request.Content = new ByteArrayContent(c.Body);
        if (c.ContentType is not null)
        {
            request.Content.Headers.TryAddWithoutValidation("Content-Type", c.ContentType);
        }

        foreach (var (name, value) in c.Headers)
        {
            request.Headers.TryAddWithoutValidation("x-test-" + name, value);
        }

        var scope = new AwsSigningScope(c.Service, c.Region) { SignContentSha256Header = true };
        sut.Sign(request, c.Body, scope, new AwsCredentials("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", c.Token), c.SignedAt);
        return string.Join(',', request.Headers.GetValues("Authorization"));
    }

    private static string SignWithSdk(SignCase c)
    {
        using var request = new DefaultRequest(new ListQueuesRequest(), c.Service)
        {
            HttpMethod = c.Method,
            Endpoint = new Uri(c.ToUri().GetLeftPart(UriPartial.Authority)),
            ResourcePath = "/" + string.Join('/', c.Segments),
            Content = c.Body,
            UseQueryString = true,
        };
        foreach (var (name, value) in c.Query)
        {
            request.Parameters[name] = value;
        }

        foreach (var (name, value) in c.Headers)
        {
            request.Headers["x-test-" + name] = value;
        }

        if (c.ContentType is not null)
        {
            request.Headers["Content-Type"] = c.ContentType;
        }

        if (c.Token is not null)
        {
            request.Headers["X-Amz-Security-Token"] = c.Token;
        }

        var config = new AmazonSQSConfig { AuthenticationRegion = c.Region, AuthenticationServiceName = c.Service };
        var result = new AWS4Signer().SignRequest(
            request, config, null, "AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", c.SignedAt.UtcDateTime);
        return result.ForAuthorizationHeader;
    }

    private sealed record SignCase(
        string Method, string Host, int Port, string[] Segments, (string, string)[] Query, (string, string)[] Headers,
        string? ContentType, byte[] Body, DateTimeOffset SignedAt, string Region, string Service, string? Token)
    {
        // CsCheck prints the smallest failing case with this.
        public override string ToString() =>
            $"{Method} {ToUri().AbsoluteUri} headers=[{string.Join("|", Headers)}] content-type={ContentType} body={Convert.ToHexString(Body)} "
            + $"at={SignedAt:O} {Region}/{Service} token={Token is not null}";

        public Uri ToUri()
        {
            var authority = Port == 0 ? $"https://{Host}" : $"https://{Host}:{Port}";
            var path = "/" + string.Join('/', Segments.Select(System.Uri.EscapeDataString));
            var query = Query.Length == 0 ? "" : "?" + string.Join('&', Query.Select(q => $"{System.Uri.EscapeDataString(q.Item1)}={System.Uri.EscapeDataString(q.Item2)}"));
            return new System.Uri(authority + path + query);
        }
    }
}
