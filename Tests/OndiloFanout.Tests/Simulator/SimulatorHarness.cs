using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using Ondilo.Simulator;
using Xunit;

namespace OndiloFanout.Tests.Simulator;

/// <summary>A started simulator on a fake clock, with an HTTP client and a valid token; the quota is off unless asked.</summary>
internal sealed class SimulatorHarness : IAsyncDisposable
{
    public const string Api = "api/customer/v1/";

    /// <summary>A Tuesday afternoon, mid-hour, so hour and day boundaries are away from the start.</summary>
    public static readonly DateTimeOffset Start = new(2026, 3, 10, 14, 30, 0, TimeSpan.Zero);

    private SimulatorHarness(FakeTimeProvider time, OndiloSimulatorHost host)
    {
        Time = time;
        Host = host;
        Client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { BaseAddress = host.BaseUri };
        Token = host.IssueToken();
    }

    public FakeTimeProvider Time { get; }

    public OndiloSimulatorHost Host { get; }

    public HttpClient Client { get; }

    public SimulatedToken Token { get; private set; }

    /// <summary>Logs in again, e.g. after moving the clock past the access token's hour.</summary>
    public void RenewToken() => Token = Host.IssueToken();

    public static async Task<SimulatorHarness> StartAsync(SimulatorOptions? options = null, DateTimeOffset? start = null)
    {
        var time = new FakeTimeProvider(start ?? Start);
        var host = await OndiloSimulatorHost.StartAsync(options ?? new SimulatorOptions { QuotaEnabled = false }, time, CancellationToken.None);
        return new SimulatorHarness(time, host);
    }

    /// <summary>GET on the API with the harness token, or with <paramref name="accessToken"/> when given.</summary>
    public Task<HttpResponseMessage> GetAsync(string apiPath, string? accessToken = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, Api + apiPath);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken ?? Token.AccessToken);

        // A fresh connection per request: the client never silently retries a request on a reset pooled connection.
        request.Headers.ConnectionClose = true;
        return Client.SendAsync(request);
    }

    public async Task<JsonElement> GetJsonAsync(string apiPath)
    {
        using var response = await GetAsync(apiPath);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public async Task<HttpResponseMessage> PostTokenAsync(params (string Key, string Value)[] form)
    {
        using var content = new FormUrlEncodedContent(form.Select(pair => KeyValuePair.Create(pair.Key, pair.Value)));
        return await Client.PostAsync(new Uri("oauth2/token", UriKind.Relative), content);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Host.DisposeAsync();
    }
}
