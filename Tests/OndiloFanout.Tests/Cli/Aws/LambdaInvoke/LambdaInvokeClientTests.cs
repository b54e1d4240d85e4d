using System.Net;
using OndiloFanout.Cloud;
using OndiloFanout.Cloud.Signing;
using OndiloFanout.Cli.Aws.LambdaInvoke;
using OndiloFanout.Tests.TestDoubles;
using Xunit;

namespace OndiloFanout.Tests.Cli.Aws.LambdaInvoke;

public sealed class LambdaInvokeClientTests : AwsStubTestBase
{
    [Fact]
    public async Task InvokeAsync_Request_PostsSignedRestJsonToTheFunctionsInvocations()
    {
        Stub.Answer(200, """{"runId":"r"}""", ("X-Amz-Executed-Version", "$LATEST"));

        var response = await CreateSut().InvokeAsync(
            new InvokeRequest { FunctionName = "OndiloFanout-Scheduler", Payload = """{"month":true}""", Qualifier = "live" }, CancellationToken.None);

        var request = Assert.Single(Stub.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/2015-03-31/functions/OndiloFanout-Scheduler/invocations?Qualifier=live", request.PathAndQuery);
        Assert.Equal("RequestResponse", request.Headers["X-Amz-Invocation-Type"]);
        Assert.Equal("""{"month":true}""", request.BodyText);
        Assert.StartsWith("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20261124/eu-west-1/lambda/aws4_request, SignedHeaders=", request.Headers["Authorization"], StringComparison.Ordinal);
        Assert.Equal("session-token-example", request.Headers["X-Amz-Security-Token"]);
        Assert.False(request.Headers.ContainsKey("X-Amz-Target"));
        Assert.Equal(200, response.StatusCode);
        Assert.Null(response.FunctionError);
        Assert.Equal("$LATEST", response.ExecutedVersion);
        Assert.Equal("""{"runId":"r"}""", response.Payload);
    }

    [Fact]
    public async Task InvokeAsync_SignatureOfTheRequest_VerifiesWithTheSameKey()
    {
        Stub.Answer(200, "{}");

        await CreateSut().InvokeAsync(new InvokeRequest { FunctionName = "f" }, CancellationToken.None);

        var recorded = Assert.Single(Stub.Requests);
        Assert.Equal(AwsLambdaInvokeSignature.Expected(recorded, Stub.Endpoint, Time), recorded.Headers["Authorization"]);
    }

    [Fact]
    public async Task InvokeAsync_FunctionFailed_ReturnsTheErrorDocument()
    {
        Stub.Answer(200, """{"errorType":"OndiloApiException","errorMessage":"GET /pools answered 500.","stackTrace":[]}""", ("X-Amz-Function-Error", "Unhandled"));

        var response = await CreateSut().InvokeAsync(new InvokeRequest { FunctionName = "f" }, CancellationToken.None);

        Assert.Equal("Unhandled", response.FunctionError);
        var error = LambdaFunctionError.Read(response.Payload);
        Assert.Equal("OndiloApiException", error.ErrorType);
        Assert.Equal("GET /pools answered 500.", error.ErrorMessage);
    }

    [Fact]
    public async Task InvokeAsync_Throttled_RetriesAfterBackoff()
    {
        Stub.Answer(429, """{"Type":"User","message":"Rate exceeded"}""", ("x-amzn-ErrorType", "TooManyRequestsException"))
            .Answer(200, "{}");

        var response = await Time.RunAsync(CreateSut().InvokeAsync(new InvokeRequest { FunctionName = "f" }, CancellationToken.None));

        Assert.Equal(200, response.StatusCode);
        Assert.Equal(2, Stub.Requests.Count);
        Assert.Equal([TimeSpan.FromMilliseconds(50)], Time.Delays);
    }

    [Theory]
    [InlineData(404, "ResourceNotFoundException")]
    [InlineData(500, "ServiceException")]
    public async Task InvokeAsync_ServiceError_ThrowsTypedWithoutRetry(int status, string type)
    {
        Stub.Answer(status, """{"Type":"User","message":"Function not found: f"}""", ("x-amzn-ErrorType", type), ("x-amzn-RequestId", "req-1"));

        var error = await Assert.ThrowsAsync<AwsServiceException>(() => CreateSut().InvokeAsync(new InvokeRequest { FunctionName = "f" }, CancellationToken.None));

        Assert.Equal(type, error.ErrorType);
        Assert.Equal("Function not found: f", error.ErrorMessage);
        Assert.Equal((HttpStatusCode)status, error.StatusCode);
        Assert.Equal("req-1", error.RequestId);
        Assert.Single(Stub.Requests);
    }

    [Fact]
    public void Read_LambdaTimeoutWithoutStackTrace_KeepsTypeAndMessage()
    {
        var error = LambdaFunctionError.Read("""{"errorType":"Sandbox.Timedout","errorMessage":"Task timed out after 60.00 seconds"}""");

        Assert.Equal("Sandbox.Timedout", error.ErrorType);
        Assert.Equal("Task timed out after 60.00 seconds", error.ErrorMessage);
    }

    [Fact]
    public void Read_NotJson_KeepsTheTextAsMessage()
    {
        var error = LambdaFunctionError.Read("out of memory");

        Assert.Null(error.ErrorType);
        Assert.Equal("out of memory", error.ErrorMessage);
    }

    private LambdaInvokeClient CreateSut() => new(
        Http,
        new LambdaInvokeClientSettings { Region = AwsTestClients.Region, Endpoint = Stub.Endpoint, Retry = AwsTestClients.Retry },
        new AwsFakeCredentialsSource(AwsFakeCredentialsSource.Example),
        new AwsSigV4Signer(Time),
        Time);
}
