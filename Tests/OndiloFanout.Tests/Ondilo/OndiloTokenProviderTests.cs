using Microsoft.Extensions.Time.Testing;
using OndiloFanout.Ondilo;
using OndiloFanout.Tests.TestDoubles;
using Xunit;

namespace OndiloFanout.Tests.Ondilo;

public sealed class OndiloTokenProviderTests : IAsyncLifetime, IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);

    private readonly FakeTimeProvider _time = new(Now);
    private readonly OndiloRecordingGate _gate = new();
    private readonly HttpClient _httpClient = new();
    private readonly OndiloFakeTokenStore _store = new(new OndiloToken { AccessToken = "access-1", RefreshToken = "refresh-1", ExpiresAt = Now.AddHours(1) });
    private OndiloStubServer _server = null!;
    private OndiloTokenProvider? _sut;

    public async Task InitializeAsync() => _server = await OndiloStubServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public void Dispose()
    {
        _sut?.Dispose();
        _httpClient.Dispose();
    }

    private OndiloTokenProvider CreateSut()
    {
        var options = new OndiloClientOptions { BaseUri = _server.BaseUri };
        _sut = new OndiloTokenProvider(_store, new OndiloOAuthClient(_httpClient, _gate, options, _time), options, _time);
        return _sut;
    }

    [Fact]
    public async Task GetAccessTokenAsync_ValidToken_LoadsOnceAndCallsNothing()
    {
        var sut = CreateSut();

        Assert.Equal("access-1", await sut.GetAccessTokenAsync(CancellationToken.None));
        Assert.Equal("access-1", await sut.GetAccessTokenAsync(CancellationToken.None));

        Assert.Equal(1, _store.LoadCount);
        Assert.Empty(_server.Requests);
        Assert.Equal(0, _gate.Calls);
    }

    [Fact]
    public async Task GetAccessTokenAsync_ExpiresExactlyAtSkew_RefreshesAndSaves()
    {
        _time.Advance(TimeSpan.FromMinutes(55));
        _server.EnqueueToken("access-2");
        var sut = CreateSut();

        Assert.Equal("access-2", await sut.GetAccessTokenAsync(CancellationToken.None));

        Assert.Equal(Now.AddMinutes(115), Assert.Single(_store.Saved).ExpiresAt);
        Assert.Equal(1, _gate.Calls);
    }

    [Fact]
    public async Task NeedsRefreshAsync_JustOutsideSkew_False()
    {
        _time.Advance(TimeSpan.FromMinutes(54));

        Assert.False(await CreateSut().NeedsRefreshAsync(CancellationToken.None));
    }

    [Fact]
    public async Task GetAccessTokenAsync_ConcurrentCallersOnExpiredToken_RefreshOnce()
    {
        _time.Advance(TimeSpan.FromHours(2));
        _server.EnqueueToken("access-2");
        var sut = CreateSut();

        var tokens = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => sut.GetAccessTokenAsync(CancellationToken.None)));

        Assert.All(tokens, t => Assert.Equal("access-2", t));
        Assert.Single(_server.Requests);
        Assert.Equal(1, _store.LoadCount);
    }

    [Fact]
    public async Task ForceRefreshAsync_AlreadyRefreshedByAnotherCaller_ReusesNewToken()
    {
        _server.EnqueueToken("access-2");
        var sut = CreateSut();

        var first = await sut.ForceRefreshAsync("access-1", CancellationToken.None);
        var second = await sut.ForceRefreshAsync("access-1", CancellationToken.None);

        Assert.Equal(("access-2", "access-2"), (first, second));
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task ForceRefreshAsync_ValidToken_RefreshesAnyway()
    {
        _server.EnqueueToken("access-2");
        _server.EnqueueToken("access-3");
        var sut = CreateSut();

        await sut.ForceRefreshAsync(CancellationToken.None);
        var token = await sut.ForceRefreshAsync(CancellationToken.None);

        Assert.Equal("access-3", token);
        Assert.Equal(2, _store.Saved.Count);
    }

    [Fact]
    public async Task GetAccessTokenAsync_NothingStored_ThrowsTokenUnavailable()
    {
        var store = new OndiloFakeTokenStore(null);
        var options = new OndiloClientOptions { BaseUri = _server.BaseUri };
        using var sut = new OndiloTokenProvider(store, new OndiloOAuthClient(_httpClient, _gate, options, _time), options, _time);

        await Assert.ThrowsAsync<TokenUnavailableException>(() => sut.GetAccessTokenAsync(CancellationToken.None));
    }

    [Fact]
    public async Task GetAccessTokenAsync_StoreFailsToSave_ThrowsButKeepsNewTokenInMemory()
    {
        _time.Advance(TimeSpan.FromHours(2));
        _server.EnqueueToken("access-2");
        _store.SaveFailure = new IOException("store down");
        var sut = CreateSut();

        await Assert.ThrowsAsync<IOException>(() => sut.GetAccessTokenAsync(CancellationToken.None));

        Assert.Equal("access-2", await sut.GetAccessTokenAsync(CancellationToken.None));
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task GetAccessTokenAsync_ExpiringButANewerTokenWasStoredElsewhere_UsesItWithoutRefreshing()
    {
        var sut = CreateSut();
        await sut.GetAccessTokenAsync(CancellationToken.None);
        _store.StoreElsewhere(new OndiloToken { AccessToken = "access-login", RefreshToken = "refresh-login", ExpiresAt = Now.AddHours(2) });
        _time.Advance(TimeSpan.FromMinutes(58));

        Assert.True(await sut.NeedsRefreshAsync(CancellationToken.None) is false);
        Assert.Equal("access-login", await sut.GetAccessTokenAsync(CancellationToken.None));
        Assert.Empty(_server.Requests);
        Assert.Equal(0, _gate.Calls);
    }

    [Fact]
    public async Task GetAccessTokenAsync_RefreshRefusedWhileANewLoginWasStored_RefreshesOnceMoreWithTheNewLogin()
    {
        _time.Advance(TimeSpan.FromHours(2));
        _server.Enqueue(400, """{"error":"invalid_grant"}""");
        _server.EnqueueToken("access-3");
        // Read 1 finds the revoked login; by read 2, after the refusal, `login --secret-id` stored a new one (expired too).
        _store.StoredBeforeRead[2] = new OndiloToken { AccessToken = "access-login", RefreshToken = "refresh-login", ExpiresAt = Now };
        var sut = CreateSut();

        Assert.Equal("access-3", await sut.GetAccessTokenAsync(CancellationToken.None));

        Assert.Equal(2, _server.Requests.Count);
        Assert.Contains("refresh_token=refresh-login", _server.Requests[1].Body, StringComparison.Ordinal);
        Assert.Equal("refresh-login", Assert.Single(_store.Saved).RefreshToken);
    }

    [Fact]
    public async Task GetAccessTokenAsync_RefreshRefusedAndNothingNewStored_LoginRequiredAfterOneCall()
    {
        _time.Advance(TimeSpan.FromHours(2));
        _server.Enqueue(400, """{"error":"invalid_grant"}""");
        var sut = CreateSut();

        var ex = await Assert.ThrowsAsync<OndiloApiException>(() => sut.GetAccessTokenAsync(CancellationToken.None));

        Assert.Equal(OndiloFailure.LoginRequired, ex.Failure);
        Assert.Single(_server.Requests);
        Assert.Equal(2, _store.LoadCount);
    }

    [Fact]
    public async Task ForceRefreshAsync_RejectedTokenButAnotherContainerStoredANewerOne_UsesItWithoutRefreshing()
    {
        var sut = CreateSut();
        var rejected = await sut.GetAccessTokenAsync(CancellationToken.None);
        _store.StoreElsewhere(new OndiloToken { AccessToken = "access-2", RefreshToken = "refresh-1", ExpiresAt = Now.AddHours(1) });

        Assert.Equal("access-2", await sut.ForceRefreshAsync(rejected, CancellationToken.None));
        Assert.Empty(_server.Requests);
    }
}
