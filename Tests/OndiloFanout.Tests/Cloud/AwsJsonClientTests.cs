using System.Globalization;
using System.Net;
using OndiloFanout.Cloud;
using OndiloFanout.Cloud.SecretsManager;
using OndiloFanout.Cloud.Signing;
using OndiloFanout.Domain.Retries;
using OndiloFanout.Tests.TestDoubles;
using Xunit;

namespace OndiloFanout.Tests.Cloud;

public sealed class AwsJsonClientTests : AwsStubTestBase
{
    private const string Answer = """{"ARN":"arn:aws:secretsmanager:eu-west-1:1:secret:s","Name":"s","SecretString":"x"}""";

    [Fact]
    public async Task SendAsync_Success_SignedJsonPostWithTarget()
    {
        Stub.Answer(200, Answer);

        await Time.RunAsync(CallAsync(CreateSut()));

        var request = Assert.Single(Stub.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/", request.PathAndQuery);
        Assert.Equal("secretsmanager.GetSecretValue", request.Headers["X-Amz-Target"]);
        Assert.Equal("application/x-amz-json-1.1", request.Headers["Content-Type"]);
        Assert.Equal("""{"SecretId":"s"}""", request.BodyText);
        Assert.Equal(AwsFakeCredentialsSource.Example.SessionToken, request.Headers["X-Amz-Security-Token"]);
        Assert.Equal("20261124T130000Z", request.Headers["X-Amz-Date"]);
        Assert.Equal(Recompute(request), request.Headers["Authorization"]);
        Assert.Contains(
            "Credential=AKIDEXAMPLE/20261124/eu-west-1/secretsmanager/aws4_request, SignedHeaders=content-type;host;x-amz-date;x-amz-security-token;x-amz-target,",
            request.Headers["Authorization"],
            StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(500, "InternalFailure")]
    [InlineData(503, "ServiceUnavailableException")]
    [InlineData(400, "ThrottlingException")]
    [InlineData(400, "LimitExceededException")]
    [InlineData(429, "TooManyRequestsException")]
    public async Task SendAsync_TransientErrorThenSuccess_RetriesAfterBackoff(int status, string errorType)
    {
        Stub.Answer(status, $$"""{"__type":"com.amazonaws#{{errorType}}","message":"slow down"}""")
            .Answer(status, $$"""{"__type":"{{errorType}}","message":"slow down"}""")
            .Answer(200, Answer);

        var response = await Time.RunAsync(CallAsync(CreateSut()));

        Assert.Equal("x", response.SecretString);
        Assert.Equal(3, Stub.Requests.Count);
        Assert.Equal([TimeSpan.FromMilliseconds(50), TimeSpan.FromMilliseconds(100)], Time.Delays);
        // Each attempt is signed afresh, at its own time.
        Assert.Equal(Recompute(Stub.Requests[2]), Stub.Requests[2].Headers["Authorization"]);
    }

    [Fact]
    public async Task SendAsync_ValidationError_ThrowsWithoutRetry()
    {
        Stub.Answer(400, """{"__type":"com.amazon.coral.validate#ValidationException","Message":"bad id"}""", ("x-amzn-RequestId", "req-1"));

        var error = await Assert.ThrowsAsync<AwsServiceException>(() => Time.RunAsync(CallAsync(CreateSut())));

        Assert.Equal("ValidationException", error.ErrorType);
        Assert.Equal("bad id", error.ErrorMessage);
        Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
        Assert.Equal("req-1", error.RequestId);
        Assert.Single(Stub.Requests);
        Assert.Empty(Time.Delays);
    }

    [Fact]
    public async Task SendAsync_ErrorTypeWithSuffixInHeaderOnly_ParsesShortName()
    {
        Stub.Answer(400, "not json", ("x-amzn-ErrorType", "ResourceNotFoundException:http://internal.amazon.com/coral/com.amazon.secrets/"));

        var error = await Assert.ThrowsAsync<AwsServiceException>(() => Time.RunAsync(CallAsync(CreateSut())));

        Assert.Equal("ResourceNotFoundException", error.ErrorType);
    }

    [Fact]
    public async Task SendAsync_PersistentServerError_GivesUpAfterMaxAttempts()
    {
        for (var i = 0; i < 5; i++)
        {
            Stub.Answer(500, """{"__type":"InternalFailure","message":"boom"}""");
        }

        var error = await Assert.ThrowsAsync<AwsServiceException>(() => Time.RunAsync(CallAsync(CreateSut())));

        Assert.Equal("InternalFailure", error.ErrorType);
        Assert.Equal(5, Stub.Requests.Count);
        Assert.Equal(new[] { 50, 100, 200, 400 }.Select(ms => TimeSpan.FromMilliseconds(ms)), Time.Delays);
    }

    [Fact]
    public async Task SendAsync_CancelledDuringBackoff_StopsWithoutAnotherAttempt()
    {
        Stub.Answer(503, """{"__type":"ServiceUnavailableException","message":"busy"}""").Answer(200, Answer);
        using var deadline = new CancellationTokenSource();
        var retry = AwsTestClients.Retry with { NextJitter = () => { deadline.Cancel(); return 0.5; } };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Time.RunAsync(CallAsync(CreateSut(retry), deadline.Token)));

        Assert.Single(Stub.Requests);
    }

    [Fact]
    public async Task SendAsync_ConnectionRefused_RetriesThenThrowsTransportError()
    {
        var closed = Stub.Endpoint;
        await Stub.DisposeAsync();
        var sut = AwsTestClients.Create(Http, closed, AwsServiceDescriptor.SecretsManager, Time, AwsTestClients.Retry with { MaxAttempts = 3 });
        Stub = await AwsStubEndpoint.StartAsync();

        await Assert.ThrowsAsync<HttpRequestException>(() => Time.RunAsync(CallAsync(sut)));

        Assert.Equal(2, Time.Delays.Count);
    }

    private AwsJsonClient CreateSut(Backoff? retry = null) =>
        AwsTestClients.Create(Http, Stub.Endpoint, AwsServiceDescriptor.SecretsManager, Time, retry);

    private static Task<GetSecretValueResponse> CallAsync(AwsJsonClient sut, CancellationToken cancellationToken = default) =>
        sut.SendAsync(
            "GetSecretValue", new GetSecretValueRequest { SecretId = "s" }, SecretsManagerJsonContext.Default.GetSecretValueRequest,
            SecretsManagerJsonContext.Default.GetSecretValueResponse, cancellationToken);

    /// <summary>Signs the received request again, independently of the client, to check its Authorization header.</summary>
    private string Recompute(RecordedRequest received)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Stub.Endpoint) { Content = new ByteArrayContent(received.Body) };
        request.Content.Headers.TryAddWithoutValidation("Content-Type", received.Headers["Content-Type"]);
        request.Headers.TryAddWithoutValidation("X-Amz-Target", received.Headers["X-Amz-Target"]);
        var signedAt = DateTimeOffset.ParseExact(received.Headers["X-Amz-Date"], "yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
        new AwsSigV4Signer(Time).Sign(
            request, received.Body, new AwsSigningScope("secretsmanager", AwsTestClients.Region), AwsFakeCredentialsSource.Example, signedAt);
        return string.Join(',', request.Headers.GetValues("Authorization"));
    }
}
