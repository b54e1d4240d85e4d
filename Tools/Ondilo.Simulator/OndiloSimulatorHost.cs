using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Ondilo.Simulator.Auth;
using Ondilo.Simulator.Endpoints;
using Ondilo.Simulator.Faults;
using Ondilo.Simulator.Hosting;
using Ondilo.Simulator.Quota;

namespace Ondilo.Simulator;

/// <summary>
/// A running emulation of the Ondilo Customer API v1 and its OAuth2 server on 127.0.0.1: API under
/// <c>/api/customer/v1</c>, OAuth under <c>/oauth2</c>. Time (token expiry, quota hours, windows, latency) is
/// read from the injected <see cref="TimeProvider"/>. Thread-safe.
/// </summary>
public sealed class OndiloSimulatorHost : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly RequestCounter counter;
    private readonly TokenRegistry tokens;

    private OndiloSimulatorHost(WebApplication app, Uri baseUri, SimulatedAccount account, RequestCounter counter, TokenRegistry tokens)
    {
        this.app = app;
        BaseUri = baseUri;
        Account = account;
        this.counter = counter;
        this.tokens = tokens;
    }

    /// <summary>The host root, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseUri { get; }

    /// <summary>The ground truth the API serves.</summary>
    public SimulatedAccount Account { get; }

    /// <summary>Every request received (API and OAuth), faulted and refused ones included.</summary>
    public int RequestCount => counter.Total;

    /// <summary>Requests received whose path starts with <paramref name="pathPrefix"/>, e.g. <c>/oauth2/token</c>.</summary>
    public int RequestCountFor(string pathPrefix)
    {
        ArgumentNullException.ThrowIfNull(pathPrefix);
        return counter.CountFor(pathPrefix);
    }

    /// <summary>Starts a simulator; dispose it to stop.</summary>
    public static async Task<OndiloSimulatorHost> StartAsync(SimulatorOptions options, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        if (options.Latency < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Latency, "Latency cannot be negative.");
        }

        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.Port, IPEndPoint.MaxPort, nameof(options));

        var account = new SimulatedAccount(options.Seed, options.Pools);
        var counter = new RequestCounter();
        var tokens = new TokenRegistry(timeProvider);
        var faults = new FaultInjector(options.Seed, options.FaultRate, options.FaultKinds);

        // The empty builder reads no environment, appsettings or logging configuration: quiet and predictable.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, options.Port));
        builder.Services.AddRoutingCore();

        // Stopping must not wait long for a request held by latency on a clock that may never move.
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(2));
        var app = builder.Build();

        app.UseRequestCounting(counter, options.Latency, timeProvider);
        if (options.QuotaEnabled)
        {
            app.UseQuota(new QuotaLimiter(options.CallsPerSecond, options.CallsPerHour, timeProvider));
        }

        app.UseFaults(faults, options.FaultPathPrefix);
        app.UseBearerAuthentication(tokens);
        app.MapOAuth(tokens, options.DenyConsent);
        var api = app.MapGroup(SimulatorPaths.Api);
        api.MapUser();
        api.MapPools(account);
        api.MapMeasures(account, new TimestampText(options.TimestampFormat), timeProvider);

        await app.StartAsync(cancellationToken);
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()
            ?? throw new InvalidOperationException("Kestrel reported no listening address.");
        var address = addresses.Addresses.First();
        return new OndiloSimulatorHost(app, new Uri(address.TrimEnd('/') + "/"), account, counter, tokens);
    }

    /// <summary>Mints a valid access and refresh token without an HTTP call (no request is counted).</summary>
    public SimulatedToken IssueToken() => tokens.Issue();

    /// <summary>Makes every refresh token issued so far invalid: later refresh grants answer 400 invalid_grant.</summary>
    public void RevokeRefreshTokens() => tokens.RevokeRefreshTokens();

    /// <summary>Makes every access token issued so far invalid: later API calls with them answer 401.</summary>
    public void ExpireAccessTokens() => tokens.ExpireAccessTokens();

    /// <summary>Stops the server.</summary>
    public async ValueTask DisposeAsync()
    {
        await app.StopAsync(CancellationToken.None);
        await app.DisposeAsync();
    }
}
