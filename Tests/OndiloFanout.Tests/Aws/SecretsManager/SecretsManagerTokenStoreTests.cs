using System.Text.Json;
using OndiloFanout.Aws;
using OndiloFanout.Aws.SecretsManager;
using OndiloFanout.Ondilo;
using OndiloFanout.Domain.Ports;
using OndiloFanout.Tests.TestDoubles;
using Xunit;

namespace OndiloFanout.Tests.Aws.SecretsManager;

public sealed class SecretsManagerTokenStoreTests : IAsyncLifetime, IDisposable
{
    private const string StoredToken =
        """{"access_token":"fixture-access-0001","refresh_token":"fixture-refresh-0001","token_type":"Bearer","scope":"api","expires_at":"2026-11-24T13:45:10Z"}""";

    private readonly HttpClient http = new();
    private readonly AwsSignallingTimeProvider time = new();
    private AwsStubEndpoint stub = null!;

    public async Task InitializeAsync() => stub = await AwsStubEndpoint.StartAsync();

    public async Task DisposeAsync() => await stub.DisposeAsync();

    public void Dispose() => http.Dispose();

    [Fact]
    public async Task LoadAsync_TwiceInOneContainer_ReadsSecretOnce()
    {
        stub.Answer(200, SecretAnswer(StoredToken));
        var sut = CreateSut();

        var first = await time.RunAsync(sut.LoadAsync(CancellationToken.None));
        var second = await time.RunAsync(sut.LoadAsync(CancellationToken.None));

        Assert.Equal("fixture-access-0001", first.AccessToken);
        Assert.Equal("fixture-refresh-0001", first.RefreshToken);
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 13, 45, 10, TimeSpan.Zero), first.ExpiresAt);
        Assert.Same(first, second);
        Assert.Single(stub.Requests);
        Assert.Equal("""{"SecretId":"ondilo/token"}""", stub.Requests[0].BodyText);
    }

    [Fact]
    public async Task SaveAsync_Token_WritesOnceAndLoadReturnsItWithoutReading()
    {
        stub.Answer(200, """{"VersionId":"v-2"}""");
        var sut = CreateSut();
        var token = new OndiloToken { AccessToken = "new-access", RefreshToken = "new-refresh", ExpiresAt = time.GetUtcNow().AddHours(1) };

        await time.RunAsync(sut.SaveAsync(token, CancellationToken.None));
        var loaded = await time.RunAsync(sut.LoadAsync(CancellationToken.None));

        var request = Assert.Single(stub.Requests);
        Assert.Equal("secretsmanager.PutSecretValue", request.Headers["X-Amz-Target"]);
        using var body = JsonDocument.Parse(request.Body);
        Assert.Equal("ondilo/token", body.RootElement.GetProperty("SecretId").GetString());
        Assert.Equal(token, OndiloTokenFormat.Parse(body.RootElement.GetProperty("SecretString").GetString()!));
        Assert.Same(token, loaded);
    }

    [Fact]
    public async Task ReloadAsync_AfterLoad_ReadsSecretAgain()
    {
        stub.Answer(200, SecretAnswer(StoredToken)).Answer(200, SecretAnswer(StoredToken.Replace("fixture-access-0001", "rotated", StringComparison.Ordinal)));
        var sut = CreateSut();

        await time.RunAsync(sut.LoadAsync(CancellationToken.None));
        var reloaded = await time.RunAsync(sut.ReloadAsync(CancellationToken.None));

        Assert.Equal("rotated", reloaded.AccessToken);
        Assert.Same(reloaded, await time.RunAsync(sut.LoadAsync(CancellationToken.None)));
        Assert.Equal(2, stub.Requests.Count);
    }

    [Fact]
    public async Task LoadAsync_SecretMissing_TokenUnavailableNamingSecretAndLogin()
    {
        stub.Answer(400, """{"__type":"ResourceNotFoundException","Message":"Secrets Manager can't find the specified secret."}""");

        var error = await Assert.ThrowsAsync<TokenUnavailableException>(() => time.RunAsync(CreateSut().LoadAsync(CancellationToken.None)));

        Assert.Contains("ondilo-fanout login --secret-id ondilo/token", error.Message, StringComparison.Ordinal);
        Assert.Single(stub.Requests);
    }

    [Theory]
    [InlineData("""{"Name":"ondilo/token","VersionId":"v-1"}""")]
    [InlineData("""{"Name":"ondilo/token","SecretString":""}""")]
    public async Task LoadAsync_NoSecretString_TokenUnavailableNamingSecretAndLogin(string answer)
    {
        stub.Answer(200, answer);

        var error = await Assert.ThrowsAsync<TokenUnavailableException>(() => time.RunAsync(CreateSut().LoadAsync(CancellationToken.None)));

        Assert.Contains("ondilo-fanout login --secret-id ondilo/token", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadAsync_CorruptSecret_TokenUnavailableWithoutSecretValue()
    {
        stub.Answer(200, SecretAnswer("{\"access_token\":\"leaky-value\""));

        var error = await Assert.ThrowsAsync<TokenUnavailableException>(() => time.RunAsync(CreateSut().LoadAsync(CancellationToken.None)));

        Assert.DoesNotContain("leaky-value", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadAsync_AccessDenied_ServiceErrorPropagates()
    {
        stub.Answer(400, """{"__type":"AccessDeniedException","Message":"not allowed"}""");

        var error = await Assert.ThrowsAsync<AwsServiceException>(() => time.RunAsync(CreateSut().LoadAsync(CancellationToken.None)));

        Assert.Equal("AccessDeniedException", error.ErrorType);
    }

    private SecretsManagerTokenStore CreateSut() =>
        new(new SecretsManagerClient(AwsTestClients.Create(http, stub.Endpoint, AwsServiceDescriptor.SecretsManager, time)), "ondilo/token");

    private static string SecretAnswer(string secret) =>
        $$"""{"Name":"ondilo/token","VersionId":"v-1","SecretString":{{JsonSerializer.Serialize(secret, OndiloFanout.Tests.TestDoubles.AwsTestJsonContext.Default.String)}}}""";
}
