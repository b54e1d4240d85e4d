using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Time.Testing;
using OndiloFanout.Cloud.Signing;
using Xunit;

namespace OndiloFanout.Tests.Cloud.Signing;

public sealed class AwsSigV4SignerTests
{
    // AWS's published SigV4 example (IAM ListUsers, "Create a canonical request" / "Calculate the signature").
    private static readonly AwsCredentials ExampleCredentials = new("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", null);
    private static readonly DateTimeOffset ExampleTime = new(2015, 8, 30, 12, 36, 0, TimeSpan.Zero);

    [Fact]
    public void Sign_IamListUsersExample_MatchesPublishedSignature()
    {
        using var request = CreateListUsersRequest();

        CreateSut().Sign(request, [], new AwsSigningScope("iam", "us-east-1"), ExampleCredentials, ExampleTime);

        Assert.Equal(
            "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/iam/aws4_request, "
            + "SignedHeaders=content-type;host;x-amz-date, "
            + "Signature=5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7",
            Header(request, "Authorization"));
        Assert.Equal("20150830T123600Z", Header(request, "X-Amz-Date"));
    }

    [Fact]
    public void BuildCanonicalRequest_IamListUsersExample_HashMatchesPublishedHash()
    {
        using var request = CreateListUsersRequest();
        request.Headers.Host = "iam.amazonaws.com";
        request.Headers.TryAddWithoutValidation("X-Amz-Date", "20150830T123600Z");

        var canonical = AwsSigV4Signer.BuildCanonicalRequest(
            request, Convert.ToHexStringLower(SHA256.HashData([])), doubleEncodePath: true, out var signedHeaders);

        Assert.Equal("content-type;host;x-amz-date", signedHeaders);
        Assert.Equal(
            "f536975d06c0309214f805bb90ccff089219ecd68b2577efef23edd43b7e1a59",
            Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical))));
    }

    [Fact]
    public void Sign_SessionToken_AddsAndSignsSecurityTokenHeader()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "https://firehose.eu-west-1.amazonaws.com/");

        CreateSut().Sign(request, "{}"u8, new AwsSigningScope("firehose", "eu-west-1"), ExampleCredentials with { SessionToken = "session/token==" }, ExampleTime);

        Assert.Equal("session/token==", Header(request, "X-Amz-Security-Token"));
        Assert.Contains("SignedHeaders=host;x-amz-date;x-amz-security-token,", Header(request, "Authorization"), StringComparison.Ordinal);
    }

    [Fact]
    public void Sign_ContentSha256Requested_AddsPayloadHashHeader()
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, "http://127.0.0.1:4566/bucket/key");
        var scope = new AwsSigningScope("s3", "us-east-1") { SignContentSha256Header = true, DoubleEncodePath = false };

        CreateSut().Sign(request, "abc"u8, scope, ExampleCredentials, ExampleTime);

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData("abc"u8)), Header(request, "X-Amz-Content-SHA256"));
        Assert.Equal("127.0.0.1:4566", request.Headers.Host);
        Assert.Contains("SignedHeaders=host;x-amz-content-sha256;x-amz-date,", Header(request, "Authorization"), StringComparison.Ordinal);
    }

    [Fact]
    public void Sign_SignedTwice_ReplacesEarlierSignature()
    {
        using var request = CreateListUsersRequest();
        var sut = CreateSut();

        sut.Sign(request, [], new AwsSigningScope("iam", "us-east-1"), ExampleCredentials, ExampleTime.AddDays(-1));
        sut.Sign(request, [], new AwsSigningScope("iam", "us-east-1"), ExampleCredentials, ExampleTime);

        Assert.EndsWith("5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7", Header(request, "Authorization"), StringComparison.Ordinal);
    }

    [Fact]
    public void Sign_WithoutExplicitTime_UsesTimeProvider()
    {
        using var request = CreateListUsersRequest();
        var sut = new AwsSigV4Signer(new FakeTimeProvider(ExampleTime));

        sut.Sign(request, [], new AwsSigningScope("iam", "us-east-1"), ExampleCredentials);

        Assert.EndsWith("5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7", Header(request, "Authorization"), StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_Credentials_HidesSecretAndSessionToken()
    {
        var text = new AwsCredentials("AKIDEXAMPLE", "secret-value", "token-value").ToString();

        Assert.Contains("AKIDEXAMPLE", text, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-value", text, StringComparison.Ordinal);
        Assert.DoesNotContain("token-value", text, StringComparison.Ordinal);
    }

    private static AwsSigV4Signer CreateSut() => new(new FakeTimeProvider());

    private static HttpRequestMessage CreateListUsersRequest()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "https://iam.amazonaws.com/?Action=ListUsers&Version=2010-05-08")
        {
            Content = new ByteArrayContent([]),
        };
        request.Content.Headers.TryAddWithoutValidation("Content-Type", "application/x-www-form-urlencoded; charset=utf-8");
        return request;
    }

    private static string Header(HttpRequestMessage request, string name) => string.Join(',', request.Headers.GetValues(name));
}
