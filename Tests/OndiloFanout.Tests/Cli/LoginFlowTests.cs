using System.Net;
using System.Net.Sockets;
using Ondilo.Simulator;
using OndiloFanout.Cli.Login;
using OndiloFanout.Lambda;
using OndiloFanout.Local;
using OndiloFanout.Ondilo;
using OndiloFanout.Tests.TestDoubles;
using Xunit;

namespace OndiloFanout.Tests.Cli;

/// <summary>The login flow end to end against the simulator's authorize and token endpoints; an HttpClient plays the browser.</summary>
[Trait("Category", "TimeSensitive")]
public sealed class LoginFlowTests : IAsyncLifetime, IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);
    // Real timers for the callback listener and the token calls, from a start no wall clock decides.
    private readonly FixedStartTimeProvider _time = new(Start);
    private readonly LocalTempFolder _folder = new();
    private readonly HttpClient _http = new();
    private OndiloSimulatorHost _simulator = null!;

    public async Task InitializeAsync() => _simulator = await StartSimulatorAsync(new SimulatorOptions { Pools = 2 });

    public async Task DisposeAsync() => await _simulator.DisposeAsync();

    public void Dispose()
    {
        _http.Dispose();
        _folder.Dispose();
    }

    private Task<OndiloSimulatorHost> StartSimulatorAsync(SimulatorOptions options) => OndiloSimulatorHost.StartAsync(options, _time, CancellationToken.None);

    private Task<LoginResult> LoginAsync(BrowserPrompt browser, LoginOptions? options = null, OndiloSimulatorHost? simulator = null) =>
        new LoginFlow(_http, _time, browser).RunAsync(
            options ?? new LoginOptions { ApiUrl = (simulator ?? _simulator).BaseUri, Timeout = TimeSpan.FromSeconds(20) },
            new FileTokenStore(_folder.Combine("token.json")),
            "file",
            CancellationToken.None);

    [Fact]
    public async Task RunAsync_Browser_StoresAnOwnerOnlyTokenThatWorksAndShowsThePools()
    {
        using var browser = new BrowserPrompt();

        var result = await LoginAsync(browser);

        Assert.Equal(2, result.Pools.Count);
        Assert.Equal(_simulator.Account.Pools.Select(p => p.Id), result.Pools.Select(p => p.Id));
        Assert.False(string.IsNullOrEmpty(result.Email));
        Assert.Equal(3, result.ApiCalls);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(_folder.Combine("token.json")));
        }

        var token = OndiloTokenFormat.Parse(await File.ReadAllTextAsync(_folder.Combine("token.json")));
        Assert.True(token.ExpiresAt > Start.AddMinutes(50), $"{token.ExpiresAt:O}");
        Assert.Equal("127.0.0.1", browser.LastRedirect!.Host);
    }

    [Fact]
    public async Task RunAsync_WrongState_StoresNothing()
    {
        using var browser = new BrowserPrompt(redirect => new Uri(redirect.AbsoluteUri.Replace("state=", "state=forged", StringComparison.Ordinal)));

        var error = await Assert.ThrowsAsync<LoginException>(() => LoginAsync(browser));

        Assert.Contains("state does not match", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(_folder.Combine("token.json")));
    }

    [Fact]
    public async Task RunAsync_DeniedConsent_SaysSo()
    {
        await using var denying = await StartSimulatorAsync(new SimulatorOptions { Pools = 1, DenyConsent = true });
        using var browser = new BrowserPrompt();

        var error = await Assert.ThrowsAsync<LoginException>(() => LoginAsync(browser, simulator: denying));

        Assert.Contains("denied", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(_folder.Combine("token.json")));
    }

    [Fact]
    public async Task RunAsync_NoAnswer_TimesOut()
    {
        using var browser = new BrowserPrompt(deliver: false);

        var error = await Assert.ThrowsAsync<LoginException>(() => LoginAsync(browser, new LoginOptions { ApiUrl = _simulator.BaseUri, Timeout = TimeSpan.FromMilliseconds(300) }));

        Assert.Contains("No answer from the browser", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_PortInUse_SaysWhichAndHowToChoose()
    {
        using var occupant = new TcpListener(IPAddress.Loopback, 0);
        occupant.Start();
        var port = ((IPEndPoint)occupant.LocalEndpoint).Port;
        using var browser = new BrowserPrompt();

        var error = await Assert.ThrowsAsync<LoginException>(() => LoginAsync(browser, new LoginOptions { ApiUrl = _simulator.BaseUri, Port = port }));

        Assert.Contains($"Port {port}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_Paste_ExchangesTheCodeOfThePastedUrl()
    {
        using var browser = new BrowserPrompt();

        var result = await LoginAsync(browser, new LoginOptions { ApiUrl = _simulator.BaseUri, Paste = true });

        Assert.Equal("example.com", browser.LastRedirect!.Host);
        Assert.Equal(2, result.Pools.Count);
    }

    [Fact]
    public async Task RunAsync_SecretId_PutsTheTokenInSecretsManager()
    {
        var minted = _simulator.IssueToken();
        var stored = OndiloTokenFormat.Serialize(new OndiloToken { AccessToken = minted.AccessToken, RefreshToken = minted.RefreshToken, ExpiresAt = Start.AddHours(1) });
        await File.WriteAllTextAsync(_folder.Combine("token.json"), stored);
        await using var secrets = await AwsStubEndpoint.StartAsync();
        secrets.Answer(200, """{"ARN":"arn:aws:secretsmanager:eu-west-1:1:secret:OndiloToken","Name":"OndiloToken","VersionId":"v2"}""")
;
        var store = new OndiloFanout.Cloud.SecretsManager.SecretsManagerTokenStore(
            new OndiloFanout.Cloud.SecretsManager.SecretsManagerClient(AwsTestClients.Create(_http, secrets.Endpoint, OndiloFanout.Cloud.AwsServiceDescriptor.SecretsManager, _time)),
            "OndiloToken");
        using var browser = new BrowserPrompt();

        var result = await new LoginFlow(_http, _time, browser).RunAsync(
            new LoginOptions { ApiUrl = _simulator.BaseUri, ImportFile = _folder.Combine("token.json") }, store, "secret OndiloToken", CancellationToken.None);

        Assert.Equal(2, result.Pools.Count);
        var put = Assert.Single(secrets.Requests);
        Assert.Equal("secretsmanager.PutSecretValue", put.Headers["X-Amz-Target"]);
        Assert.StartsWith("AWS4-HMAC-SHA256 ", put.Headers["Authorization"], StringComparison.Ordinal);
        using var body = System.Text.Json.JsonDocument.Parse(put.Body);
        Assert.Equal(stored, body.RootElement.GetProperty("SecretString").GetString());
        Assert.True(Guid.TryParse(body.RootElement.GetProperty("ClientRequestToken").GetString(), out _));
    }

    [Fact]
    public async Task RunAsync_ImportOfThePythonSecret_StoresItInThisProjectsFormat()
    {
        var minted = _simulator.IssueToken();
        var python = $"{{'access_token': '{minted.AccessToken}', 'expires_in': 3600, 'token_type': 'Bearer', 'scope': ['api'], 'refresh_token': '{minted.RefreshToken}', 'expires_at': {Start.AddHours(1).ToUnixTimeSeconds()}.25}}";
        await File.WriteAllTextAsync(_folder.Combine("old-secret.txt"), python);
        using var browser = new BrowserPrompt();

        var result = await LoginAsync(browser, new LoginOptions { ApiUrl = _simulator.BaseUri, ImportFile = _folder.Combine("old-secret.txt") });

        Assert.Equal(2, result.Pools.Count);
        Assert.Null(browser.LastRedirect);
        Assert.Contains("\"expires_at\"", await File.ReadAllTextAsync(_folder.Combine("token.json")), StringComparison.Ordinal);
    }
}
