using System.Text.Json;
using OndiloFanout.Cloud;
using OndiloFanout.Cloud.SecretsManager;
using OndiloFanout.Ondilo;
using OndiloFanout.Tests.TestDoubles;
using Xunit;

namespace OndiloFanout.Tests.Cloud.SecretsManager;

public sealed class SecretsManagerTokenStoreTests : AwsStubTestBase
{
    private const string StoredToken =
        """{"access_token":"fixture-access-0001","refresh_token":"fixture-refresh-0001","token_type":"Bearer","scope":"api","expires_at":"2026-11-24T13:45:10Z"}""";

    [Fact]
    public async Task LoadAsync_TwiceInOneContainer_ReadsSecretOnce()
    {
        Stub.Answer(200, SecretAnswer(StoredToken));
        var sut = CreateSut();

        var first = await Time.RunAsync(sut.LoadAsync(CancellationToken.None));
        var second = await Time.RunAsync(sut.LoadAsync(CancellationToken.None));

        Assert.Equal("fixture-access-0001", first.AccessToken);
        Assert.Equal("fixture-refresh-0001", first.RefreshToken);
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 13, 45, 10, TimeSpan.Zero), first.ExpiresAt);
        Assert.Same(first, second);
        Assert.Single(Stub.Requests);
        Assert.Equal("""{"SecretId":"ondilo/token"}""", Stub.Requests[0].BodyText);
    }

    [Fact]
    public async Task SaveAsync_Token_WritesOnceAndLoadReturnsItWithoutReading()
    {
        Stub.Answer(200, """{"VersionId":"v-2"}""");
        var sut = CreateSut();
        var token = new OndiloToken { AccessToken = "new-access", RefreshToken = "new-refresh", ExpiresAt = Time.GetUtcNow().AddHours(1) };

        await Time.RunAsync(sut.SaveAsync(token, CancellationToken.None));
        var loaded = await Time.RunAsync(sut.LoadAsync(CancellationToken.None));

        var request = Assert.Single(Stub.Requests);
        Assert.Equal("secretsmanager.PutSecretValue", request.Headers["X-Amz-Target"]);
        using var body = JsonDocument.Parse(request.Body);
        Assert.Equal("ondilo/token", body.RootElement.GetProperty("SecretId").GetString());
        Assert.Equal(token, OndiloTokenFormat.Parse(body.RootElement.GetProperty("SecretString").GetString()!));
        Assert.Same(token, loaded);
    }

    [Fact]
    public async Task ReloadAsync_AfterLoad_ReadsSecretAgain()
    {
        Stub.Answer(200, SecretAnswer(StoredToken)).Answer(200, SecretAnswer(StoredToken.Replace("fixture-access-0001", "rotated", StringComparison.Ordinal)));
        var sut = CreateSut();

        await Time.RunAsync(sut.LoadAsync(CancellationToken.None));
        var reloaded = await Time.RunAsync(sut.ReloadAsync(CancellationToken.None));

        Assert.Equal("rotated", reloaded.AccessToken);
        Assert.Same(reloaded, await Time.RunAsync(sut.LoadAsync(CancellationToken.None)));
        Assert.Equal(2, Stub.Requests.Count);
    }

    [Fact]
    public async Task LoadAsync_SecretMissing_TokenUnavailableNamingSecretAndLogin()
    {
        Stub.Answer(400, """{"__type":"ResourceNotFoundException","Message":"Secrets Manager can't find the specified secret."}""");

        var error = await Assert.ThrowsAsync<TokenUnavailableException>(() => Time.RunAsync(CreateSut().LoadAsync(CancellationToken.None)));

        Assert.Contains("ondilo-fanout login --secret-id ondilo/token", error.Message, StringComparison.Ordinal);
        Assert.Single(Stub.Requests);
    }

    [Theory]
    [InlineData("""{"Name":"ondilo/token","VersionId":"v-1"}""")]
    [InlineData("""{"Name":"ondilo/token","SecretString":""}""")]
    public async Task LoadAsync_NoSecretString_TokenUnavailableNamingSecretAndLogin(string answer)
    {
        Stub.Answer(200, answer);

        var error = await Assert.ThrowsAsync<TokenUnavailableException>(() => Time.RunAsync(CreateSut().LoadAsync(CancellationToken.None)));

        Assert.Contains("ondilo-fanout login --secret-id ondilo/token", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadAsync_CorruptSecret_TokenUnavailableWithoutSecretValue()
    {
        Stub.Answer(200, SecretAnswer("{\"access_token\":\"leaky-value\""));

        var error = await Assert.ThrowsAsync<TokenUnavailableException>(() => Time.RunAsync(CreateSut().LoadAsync(CancellationToken.None)));

        Assert.DoesNotContain("leaky-value", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadAsync_AccessDenied_ServiceErrorPropagates()
    {
        Stub.Answer(400, """{"__type":"AccessDeniedException","Message":"not allowed"}""");

        var error = await Assert.ThrowsAsync<AwsServiceException>(() => Time.RunAsync(CreateSut().LoadAsync(CancellationToken.None)));

        Assert.Equal("AccessDeniedException", error.ErrorType);
    }

    private SecretsManagerTokenStore CreateSut() =>
        new(new SecretsManagerClient(AwsTestClients.Create(Http, Stub.Endpoint, AwsServiceDescriptor.SecretsManager, Time)), "ondilo/token");

    private static string SecretAnswer(string secret) =>
        $$"""{"Name":"ondilo/token","VersionId":"v-1","SecretString":{{JsonSerializer.Serialize(secret, OndiloFanout.Tests.TestDoubles.AwsTestJsonContext.Default.String)}}}""";
}
