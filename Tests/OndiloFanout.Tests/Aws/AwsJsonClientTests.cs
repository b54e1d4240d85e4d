using System.Globalization;
using System.Net;
using OndiloFanout.Aws;
using OndiloFanout.Aws.SecretsManager;
using OndiloFanout.Aws.Signing;
using OndiloFanout.Tests.TestDoubles;
using Xunit;
using OndiloFanout.Domain.Retries;

namespace OndiloFanout.Tests.Aws;

public sealed class AwsJsonClientTests : IAsyncLifetime, IDisposable
{
    private const string Answer = """{"ARN":"arn:aws:secretsmanager:eu-west-1:1:secret:s","Name":"s","SecretString":"x"}""";
    private readonly HttpClient http = new();
    private readonly AwsSignallingTimeProvider time = new();
    private AwsStubEndpoint stub = null!;

    public async Task InitializeAsync() => stub = await AwsStubEndpoint.StartAsync();

    public async Task DisposeAsync() => await stub.DisposeAsync();

    public void Dispose() => http.Dispose();

    [Fact]
    public async Task SendAsync_Success_SignedJsonPostWithTarget()
    {
        stub.Answer(200, Answer);

        await time.RunAsync(CallAsync(CreateSut()));

        var request = Assert.Single(stub.Requests);
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
        stub.Answer(status, $$"""{"__type":"com.amazonaws#{{errorType}}","message":"slow down"}""")
            .Answer(status, $$"""{"__type":"{{errorType}}","message":"slow down"}""")
            .Answer(200, Answer);

        var response = await time.RunAsync(CallAsync(CreateSut()));

        Assert.Equal("x", response.SecretString);
        Assert.Equal(3, stub.Requests.Count);
        Assert.Equal([TimeSpan.FromMilliseconds(50), TimeSpan.FromMilliseconds(100)], time.Delays);
        // Each attempt is signed afresh, at its own time.
        Assert.Equal(Recompute(stub.Requests[2]), stub.Requests[2].Headers["Authorization"]);
    }

    [Fact]
    public async Task SendAsync_ValidationError_ThrowsWithoutRetry()
    {
        stub.Answer(400, """{"__type":"com.amazon.coral.validate#ValidationException","Message":"bad id"}""", ("x-amzn-RequestId", "req-1"));

        var error = await Assert.ThrowsAsync<AwsServiceException>(() => time.RunAsync(CallAsync(CreateSut())));

        Assert.Equal("ValidationException", error.ErrorType);
        Assert.Equal("bad id", error.ErrorMessage);
        Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
        Assert.Equal("req-1", error.RequestId);
        Assert.Single(stub.Requests);
        Assert.Empty(time.Delays);
    }

    [Fact]
    public async Task SendAsync_ErrorTypeWithSuffixInHeaderOnly_ParsesShortName()
    {
        stub.Answer(400, "not json", ("x-amzn-ErrorType", "ResourceNotFoundException:http://internal.amazon.com/coral/com.amazon.secrets/"));

        var error = await Assert.ThrowsAsync<AwsServiceException>(() => time.RunAsync(CallAsync(CreateSut())));

        Assert.Equal("ResourceNotFoundException", error.ErrorType);
    }

    [Fact]
    public async Task SendAsync_PersistentServerError_GivesUpAfterMaxAttempts()
    {
        for (var i = 0; i < 5; i++)
        {
            stub.Answer(500, """{"__type":"InternalFailure","message":"boom"}""");
        }

        var error = await Assert.ThrowsAsync<AwsServiceException>(() => time.RunAsync(CallAsync(CreateSut())));

        Assert.Equal("InternalFailure", error.ErrorType);
        Assert.Equal(5, stub.Requests.Count);
        Assert.Equal(new[] { 50, 100, 200, 400 }.Select(ms => TimeSpan.FromMilliseconds(ms)), time.Delays);
    }

    [Fact]
    public async Task SendAsync_CancelledDuringBackoff_StopsWithoutAnotherAttempt()
    {
        stub.Answer(503, """{"__type":"ServiceUnavailableException","message":"busy"}""").Answer(200, Answer);
        using var deadline = new CancellationTokenSource();
        var retry = AwsTestClients.Retry with { NextJitter = () => { deadline.Cancel(); return 0.5; } };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => time.RunAsync(CallAsync(CreateSut(retry), deadline.Token)));

        Assert.Single(stub.Requests);
    }

    [Fact]
    public async Task SendAsync_ConnectionRefused_RetriesThenThrowsTransportError()
    {
        var closed = stub.Endpoint;
        await stub.DisposeAsync();
        var sut = AwsTestClients.Create(http, closed, AwsServiceDescriptor.SecretsManager, time, AwsTestClients.Retry with { MaxAttempts = 3 });
        stub = await AwsStubEndpoint.StartAsync();

        await Assert.ThrowsAsync<HttpRequestException>(() => time.RunAsync(CallAsync(sut)));

        Assert.Equal(2, time.Delays.Count);
    }

    private AwsJsonClient CreateSut(Backoff? retry = null) =>
        AwsTestClients.Create(http, stub.Endpoint, AwsServiceDescriptor.SecretsManager, time, retry);

    private static Task<GetSecretValueResponse> CallAsync(AwsJsonClient sut, CancellationToken cancellationToken = default) =>
        sut.SendAsync(
            "GetSecretValue", new GetSecretValueRequest { SecretId = "s" }, SecretsManagerJsonContext.Default.GetSecretValueRequest,
            SecretsManagerJsonContext.Default.GetSecretValueResponse, cancellationToken);

    /// <summary>Signs the received request again, independently of the client, to check its Authorization header.</summary>
    private string Recompute(RecordedRequest received)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, stub.Endpoint) { Content = new ByteArrayContent(received.Body) };
        request.Content.Headers.TryAddWithoutValidation("Content-Type", received.Headers["Content-Type"]);
        request.Headers.TryAddWithoutValidation("X-Amz-Target", received.Headers["X-Amz-Target"]);
        var signedAt = DateTimeOffset.ParseExact(received.Headers["X-Amz-Date"], "yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
        new AwsSigV4Signer(time).Sign(
            request, received.Body, new AwsSigningScope("secretsmanager", AwsTestClients.Region), AwsFakeCredentialsSource.Example, signedAt);
        return string.Join(',', request.Headers.GetValues("Authorization"));
    }
}
