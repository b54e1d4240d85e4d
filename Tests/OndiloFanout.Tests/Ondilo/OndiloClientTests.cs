using System.Net;
using Microsoft.Extensions.Time.Testing;
using OndiloFanout.Domain.Pools;
using OndiloFanout.Ondilo;
using OndiloFanout.Tests.TestDoubles;
using Xunit;

namespace OndiloFanout.Tests.Ondilo;

public sealed class OndiloClientTests : IAsyncLifetime, IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);

    private readonly FakeTimeProvider _time = new(Now);
    private readonly OndiloRecordingGate _gate = new();
    private readonly HttpClient _httpClient = new();
    private readonly OndiloFakeTokenStore _store = new(new OndiloToken { AccessToken = "access-1", RefreshToken = "refresh-1", ExpiresAt = Now.AddHours(1) });
    private OndiloStubServer _server = null!;
    private OndiloTokenProvider? _tokens;

    public async Task InitializeAsync() => _server = await OndiloStubServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public void Dispose()
    {
        _tokens?.Dispose();
        _httpClient.Dispose();
    }

    private OndiloClient CreateSut()
    {
        var options = new OndiloClientOptions { BaseUri = _server.BaseUri, RequestTimeout = TimeSpan.FromSeconds(30) };
        _tokens = new OndiloTokenProvider(_store, new OndiloOAuthClient(_httpClient, _gate, options, _time), options, _time);
        return new OndiloClient(_httpClient, _tokens, _gate, options);
    }

    [Fact]
    public async Task ListPoolsAsync_DocExample_MapsPoolAndSendsBearer()
    {
        _server.EnqueueFixture("pools.json");

        var pools = await CreateSut().ListPoolsAsync(CancellationToken.None);

        var pool = Assert.Single(pools);
        Assert.Equal(new OndiloPool
        {
            Id = 234,
            Name = "John's Pool",
            Type = "outdoor_inground_pool",
            DisinfectionPrimary = "chlorine",
            UpdatedAt = new DateTimeOffset(2019, 11, 27, 23, 0, 21, TimeSpan.Zero),
        }, pool);
        var request = Assert.Single(_server.Requests);
        Assert.Equal(("GET", "/api/customer/v1/pools", "Bearer access-1"), (request.Method, request.RawTarget, request.Authorization));
    }

    [Fact]
    public async Task GetMeasuresAsync_DocExample_SendsTypeAndPeriod()
    {
        _server.EnqueueFixture("measures_temperature_day.json");

        var measures = await CreateSut().GetMeasuresAsync(234, MeasureType.Temperature, MeasurePeriod.Week, CancellationToken.None);

        Assert.Equal(2, measures.Count);
        Assert.Equal(new OndiloMeasure
        {
            DataType = "temperature",
            Value = 12.5,
            ValueTime = new DateTimeOffset(2020, 3, 22, 16, 8, 51, TimeSpan.Zero),
            IsValid = true,
        }, measures[0]);
        Assert.Equal("/api/customer/v1/pools/234/measures?type=temperature&period=week", Assert.Single(_server.Requests).RawTarget);
    }

    [Fact]
    public async Task GetLastMeasuresAsync_TwoTypes_SendsLiteralRepeatedBrackets()
    {
        _server.EnqueueFixture("lastmeasures_temperature_orp.json");

        var measures = await CreateSut().GetLastMeasuresAsync(234, [MeasureType.Temperature, MeasureType.Orp], CancellationToken.None);

        Assert.Equal([12.5, 523.0], measures.Select(m => m.Value!.Value));
        Assert.Equal("/api/customer/v1/pools/234/lastmeasures?types[]=temperature&types[]=orp", Assert.Single(_server.Requests).RawTarget);
    }

    [Fact]
    public async Task GetDeviceAsync_DocExample_MapsDevice()
    {
        _server.EnqueueFixture("pool_device.json");

        var device = await CreateSut().GetDeviceAsync(234, CancellationToken.None);

        Assert.Equal(new OndiloDevice { Uuid = "1234567890ABCDEF", SerialNumber = "SN00001", SwVersion = "1.5.1-stable" }, device);
        Assert.Equal("/api/customer/v1/pools/234/device", Assert.Single(_server.Requests).Path);
    }

    [Fact]
    public async Task GetUserInfoAsync_DocExample_MapsUser()
    {
        _server.EnqueueFixture("user_info.json");

        var user = await CreateSut().GetUserInfoAsync(CancellationToken.None);

        Assert.Equal(new OndiloUserInfo { Lastname = "Doe", Firstname = "John", Email = "john@doe.org" }, user);
        Assert.Equal("/api/customer/v1/user/info", Assert.Single(_server.Requests).Path);
    }

    [Theory]
    [InlineData(400, """{"error":{"message":"Quota exceeded"}}""", "application/json", OndiloFailure.QuotaExhausted)]
    [InlineData(400, "", "application/json", OndiloFailure.QuotaExhausted)]
    [InlineData(400, """{"error":{"message":"Cannot get user's pools 1"}}""", "application/json", OndiloFailure.Transient)]
    [InlineData(429, "", "text/plain", OndiloFailure.QuotaExhausted)]
    [InlineData(403, """{"error":"forbidden"}""", "application/json", OndiloFailure.Rejected)]
    [InlineData(404, "Not Found", "text/plain", OndiloFailure.Rejected)]
    [InlineData(500, "", "text/plain", OndiloFailure.Transient)]
    [InlineData(502, "<html><body><h1>502 Bad Gateway</h1><hr><center>nginx</center></body></html>", "text/html", OndiloFailure.Transient)]
    [InlineData(503, "try again later", "text/plain", OndiloFailure.Transient)]
    [InlineData(200, "<html><body>maintenance</body></html>", "text/html", OndiloFailure.BadResponse)]
    [InlineData(200, "<html><body>maintenance</body></html>", "application/json", OndiloFailure.BadResponse)]
    [InlineData(200, """[{"data_type":"temperature","value":12.5,"value_ti""", "application/json", OndiloFailure.BadResponse)]
    [InlineData(200, "", "application/json", OndiloFailure.BadResponse)]
    [InlineData(200, "null", "application/json", OndiloFailure.BadResponse)]
    [InlineData(200, "{}", "application/json", OndiloFailure.BadResponse)]
    [InlineData(200, "[null]", "application/json", OndiloFailure.BadResponse)]
    [InlineData(200, """[{"value":1,"value_time":"2024-01-01 01:00:00","is_valid":true}]""", "application/json", OndiloFailure.BadResponse)]
    [InlineData(200, """[{"data_type":"ph","value":7,"is_valid":true}]""", "application/json", OndiloFailure.BadResponse)]
    [InlineData(200, """[{"data_type":"ph","value":7,"value_time":"yesterday","is_valid":true}]""", "application/json", OndiloFailure.BadResponse)]
    [InlineData(200, """[{"data_type":"ph","value":7,"value_time":"2024-01-01 01:00:00"}]""", "application/json", OndiloFailure.BadResponse)]
    [InlineData(200, """[{"data_type":"ph","value":"7.2","value_time":"2024-01-01 01:00:00","is_valid":true}]""", "application/json", OndiloFailure.BadResponse)]
    public async Task GetMeasuresAsync_Answer_MapsToFailure(int status, string body, string contentType, OndiloFailure expected)
    {
        _server.Enqueue(status, body, contentType);

        var ex = await Assert.ThrowsAsync<OndiloApiException>(
            () => CreateSut().GetMeasuresAsync(12, MeasureType.Ph, MeasurePeriod.Month, CancellationToken.None));

        Assert.Equal(expected, ex.Failure);
        Assert.Equal("/api/customer/v1/pools/12/measures", ex.Endpoint);
        Assert.Equal((HttpStatusCode)status, ex.StatusCode);
        Assert.StartsWith($"GET /api/customer/v1/pools/12/measures answered {status} ", ex.Message, StringComparison.Ordinal);
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task ListPoolsAsync_QuotaAnswer_TheGateHearsOfItBeforeTheCaller()
    {
        _server.Enqueue(400, """{"error":"too many requests"}""");

        var ex = await Assert.ThrowsAsync<OndiloApiException>(() => CreateSut().ListPoolsAsync(CancellationToken.None));

        Assert.True(ex.EndsTheHour);
        Assert.Same(ex, Assert.Single(_gate.Refusals));
    }

    [Fact]
    public async Task ListPoolsAsync_LongErrorBody_MessageKeepsShortExcerpt()
    {
        _server.Enqueue(503, "Service busy " + new string('x', 5000), "text/plain");

        var ex = await Assert.ThrowsAsync<OndiloApiException>(() => CreateSut().ListPoolsAsync(CancellationToken.None));

        Assert.Contains("answered 503 Service Unavailable. Body: Service busy xxx", ex.Message, StringComparison.Ordinal);
        Assert.InRange(ex.Message.Length, 200, 300);
    }

    [Fact]
    public async Task ListPoolsAsync_Unauthorized_RefreshesPersistsAndRetriesOnce()
    {
        _server.Enqueue(401, """{"error":"invalid_token"}""");
        _server.EnqueueToken("access-2");
        _server.EnqueueFixture("pools.json");
        var sut = CreateSut();

        var pools = await sut.ListPoolsAsync(CancellationToken.None);

        Assert.Single(pools);
        Assert.Equal(["Bearer access-1", null, "Bearer access-2"], _server.Requests.Select(r => r.Authorization));
        Assert.Equal(["/api/customer/v1/pools", "/oauth2/token", "/api/customer/v1/pools"], _gate.Endpoints);
        Assert.Equal(3, sut.Calls);
        var saved = Assert.Single(_store.Saved);
        Assert.Equal(("access-2", "refresh-1", Now.AddHours(1)), (saved.AccessToken, saved.RefreshToken, saved.ExpiresAt));
    }

    [Fact]
    public async Task ListPoolsAsync_UnauthorizedTwice_ThrowsUnauthorized()
    {
        _server.Enqueue(401, "");
        _server.EnqueueToken("access-2");
        _server.Enqueue(401, "");
        var sut = CreateSut();

        var ex = await Assert.ThrowsAsync<OndiloApiException>(() => sut.ListPoolsAsync(CancellationToken.None));

        Assert.Equal(OndiloFailure.Unauthorized, ex.Failure);
        Assert.Equal(3, sut.Calls);
    }

    [Fact]
    public async Task ListPoolsAsync_RefreshTokenRevoked_ThrowsLoginRequired()
    {
        _store.SaveFailure = new InvalidOperationException("must not be saved");
        _server.Enqueue(401, "");
        _server.Enqueue(400, """{"error":"invalid_grant","refresh_token":"refresh-1"}""");

        var ex = await Assert.ThrowsAsync<OndiloApiException>(() => CreateSut().ListPoolsAsync(CancellationToken.None));

        Assert.Equal(OndiloFailure.LoginRequired, ex.Failure);
        Assert.Equal("/oauth2/token", ex.Endpoint);
        Assert.Contains("ondilo-fanout login", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("refresh-1", ex.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetUserInfoAsync_TokenExpiringWithinSkew_RefreshesFirst()
    {
        _time.Advance(TimeSpan.FromMinutes(56));
        _server.EnqueueToken("access-2", "refresh-2");
        _server.EnqueueFixture("user_info.json");
        var sut = CreateSut();

        using (await sut.ReserveAsync(1, CancellationToken.None))
        {
            await sut.GetUserInfoAsync(CancellationToken.None);
        }

        (await sut.ReserveAsync(1, CancellationToken.None)).Dispose();

        Assert.Equal(["/oauth2/token", "/api/customer/v1/user/info"], _gate.Endpoints);
        Assert.Equal("Bearer access-2", _server.Requests[1].Authorization);
        Assert.Equal("refresh-2", Assert.Single(_store.Saved).RefreshToken);
        // The refresh due counted in the first reservation, not in the second.
        Assert.Equal([2, 1], _gate.Reserved);
        Assert.Equal(2, sut.Calls);
    }

    [Fact]
    public async Task ListPoolsAsync_GateRefuses_SendsNothing()
    {
        _gate.Allowed = 0;
        var sut = CreateSut();

        var ex = await Assert.ThrowsAsync<OndiloApiException>(() => sut.ListPoolsAsync(CancellationToken.None));

        Assert.Equal(OndiloFailure.QuotaExhausted, ex.Failure);
        Assert.Empty(_server.Requests);
        Assert.Equal(0, sut.Calls);
    }

    [Fact]
    public async Task ListPoolsAsync_ConnectionReset_ThrowsTransientWithoutStatus()
    {
        _server.EnqueueReset();

        var ex = await Assert.ThrowsAsync<OndiloApiException>(() => CreateSut().ListPoolsAsync(CancellationToken.None));

        Assert.Equal(OndiloFailure.Transient, ex.Failure);
        Assert.Null(ex.StatusCode);
        Assert.Equal("/api/customer/v1/pools", ex.Endpoint);
    }

    [Fact]
    public async Task ListPoolsAsync_NoAnswerWithinTimeout_ThrowsTransient()
    {
        var arrived = _server.EnqueueHang();
        var call = CreateSut().ListPoolsAsync(CancellationToken.None);
        await arrived;

        _time.Advance(TimeSpan.FromSeconds(31));

        var ex = await Assert.ThrowsAsync<OndiloApiException>(() => call);
        Assert.Equal(OndiloFailure.Transient, ex.Failure);
        Assert.Contains("within 30 s", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListPoolsAsync_CallerCancels_ThrowsOperationCanceled()
    {
        using var cts = new CancellationTokenSource();
        var arrived = _server.EnqueueHang();
        var call = CreateSut().ListPoolsAsync(cts.Token);
        await arrived;

        await cts.CancelAsync();

        var ex = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        Assert.Equal(cts.Token, ex.CancellationToken);
    }

    [Fact]
    public async Task Calls_SeveralCalls_CountsEveryRequest()
    {
        _server.EnqueueFixture("pools.json");
        _server.EnqueueFixture("pool_device.json");
        _server.Enqueue(500, "");
        var sut = CreateSut();

        await sut.ListPoolsAsync(CancellationToken.None);
        await sut.GetDeviceAsync(234, CancellationToken.None);
        await Assert.ThrowsAsync<OndiloApiException>(() => sut.GetUserInfoAsync(CancellationToken.None));

        Assert.Equal(3, sut.Calls);
        Assert.Equal(3, _gate.Endpoints.Count);
        Assert.Equal(1, _store.LoadCount);
    }
}
