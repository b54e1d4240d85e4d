using System.Text.Json;
using OndiloFanout.Cloud;
using OndiloFanout.Cloud.SecretsManager;
using OndiloFanout.Tests.TestDoubles;
using Xunit;

namespace OndiloFanout.Tests.Cloud.SecretsManager;

public sealed class SecretsManagerClientTests : AwsStubTestBase
{
    [Fact]
    public async Task GetSecretValueAsync_Secret_WireFormatAndParsedAnswer()
    {
        Stub.Answer(200, """
            {"ARN":"arn:aws:secretsmanager:eu-west-1:123:secret:ondilo-AbCdEf","Name":"ondilo","VersionId":"v-1",
             "SecretString":"the-secret","VersionStages":["AWSCURRENT"],"CreatedDate":1.523477145713E9}
            """);

        var response = await Time.RunAsync(CreateSut().GetSecretValueAsync(new GetSecretValueRequest { SecretId = "ondilo" }, CancellationToken.None));

        var request = Assert.Single(Stub.Requests);
        Assert.Equal("secretsmanager.GetSecretValue", request.Headers["X-Amz-Target"]);
        Assert.Equal("application/x-amz-json-1.1", request.Headers["Content-Type"]);
        Assert.Contains("/secretsmanager/aws4_request", request.Headers["Authorization"], StringComparison.Ordinal);
        Assert.Equal("""{"SecretId":"ondilo"}""", request.BodyText);
        Assert.Equal("the-secret", response.SecretString);
        Assert.Equal("arn:aws:secretsmanager:eu-west-1:123:secret:ondilo-AbCdEf", response.ARN);
        Assert.Equal(["AWSCURRENT"], response.VersionStages!);
        Assert.Equal(new DateTime(2018, 4, 11, 20, 5, 45, 713, DateTimeKind.Utc), response.CreatedDate);
        Assert.DoesNotContain("the-secret", response.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetSecretValueAsync_VersionStage_Sent()
    {
        Stub.Answer(200, """{"Name":"ondilo","SecretString":"s"}""");

        await Time.RunAsync(CreateSut().GetSecretValueAsync(new GetSecretValueRequest { SecretId = "ondilo", VersionStage = "AWSPREVIOUS" }, CancellationToken.None));

        Assert.Equal("""{"SecretId":"ondilo","VersionStage":"AWSPREVIOUS"}""", Stub.Requests[0].BodyText);
    }

    [Fact]
    public async Task PutSecretValueAsync_NoClientRequestToken_GeneratesUuid()
    {
        Stub.Answer(200, """{"ARN":"arn:x","Name":"ondilo","VersionId":"v-2","VersionStages":["AWSCURRENT"]}""");

        var response = await Time.RunAsync(CreateSut().PutSecretValueAsync(
            new PutSecretValueRequest { SecretId = "ondilo", SecretString = "new-secret" }, CancellationToken.None));

        var request = Assert.Single(Stub.Requests);
        Assert.Equal("secretsmanager.PutSecretValue", request.Headers["X-Amz-Target"]);
        using var body = JsonDocument.Parse(request.Body);
        Assert.Equal("ondilo", body.RootElement.GetProperty("SecretId").GetString());
        Assert.Equal("new-secret", body.RootElement.GetProperty("SecretString").GetString());
        Assert.True(Guid.TryParse(body.RootElement.GetProperty("ClientRequestToken").GetString(), out _));
        Assert.Equal("v-2", response.VersionId);
    }

    [Fact]
    public async Task PutSecretValueAsync_RetriedAfterServerError_SameClientRequestToken()
    {
        Stub.Answer(500, """{"__type":"InternalServiceError","message":"x"}""").Answer(200, """{"VersionId":"v-2"}""");

        await Time.RunAsync(CreateSut().PutSecretValueAsync(new PutSecretValueRequest { SecretId = "ondilo", SecretString = "s" }, CancellationToken.None));

        Assert.Equal(2, Stub.Requests.Count);
        Assert.Equal(Stub.Requests[0].BodyText, Stub.Requests[1].BodyText);
    }

    [Fact]
    public async Task PutSecretValueAsync_GivenClientRequestToken_Kept()
    {
        Stub.Answer(200, """{"VersionId":"v-3"}""");

        await Time.RunAsync(CreateSut().PutSecretValueAsync(
            new PutSecretValueRequest { SecretId = "ondilo", SecretString = "s", ClientRequestToken = "my-token-0000000000000000000000000000" }, CancellationToken.None));

        Assert.Contains("\"ClientRequestToken\":\"my-token-0000000000000000000000000000\"", Stub.Requests[0].BodyText, StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_PutRequest_HidesSecret() =>
        Assert.DoesNotContain("new-secret", new PutSecretValueRequest { SecretId = "ondilo", SecretString = "new-secret" }.ToString(), StringComparison.Ordinal);

    private SecretsManagerClient CreateSut() =>
        new(AwsTestClients.Create(Http, Stub.Endpoint, AwsServiceDescriptor.SecretsManager, Time));
}
