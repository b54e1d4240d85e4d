using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using Ondilo.Simulator;
using OndiloFanout.Ondilo;

namespace OndiloFanout.Benchmarks.ApiCalls;

/// <summary>Replays the original project's approach (see <see cref="DayWindowRun"/>) on a simulator with a fake clock.</summary>
internal static class DayWindowReplay
{
    public const int Types = 6;
    // The Python client made its calls back to back; a quarter second apart keeps them under 5/s like the real API needs.
    private static readonly TimeSpan CallSpacing = TimeSpan.FromMilliseconds(250);

    public static async Task<DayWindowRun> RunAsync(int pools, DateOnly today, CancellationToken cancellationToken)
    {
        var runAt = new DateTimeOffset(today.ToDateTime(new TimeOnly(1, 0)), TimeSpan.Zero);
        var dayBefore = await ReadAsync(pools, runAt.AddDays(-1), quota: false, cancellationToken);
        var run = await ReadAsync(pools, runAt, quota: false, cancellationToken);
        var limited = await ReadAsync(pools, runAt, quota: true, cancellationToken);

        var account = new SimulatedAccount(new SimulatorOptions().Seed, pools);
        var yesterday = new DateTimeOffset(today.AddDays(-1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var truth = account.Pools
            .SelectMany(pool => account.TypesOf(pool.Id).SelectMany(type => account.Measures(pool.Id, type, yesterday, yesterday.AddDays(1)).Select(m => (pool.Id, type, m.ValueTime))))
            .ToHashSet();
        return new DayWindowRun
        {
            Pools = pools,
            RequestsPerRun = run.Requests,
            YesterdayTruth = truth.Count,
            MissedByOneRun = truth.Count(m => !run.Measures.Contains(m)),
            MissedByTwoRuns = truth.Count(m => !run.Measures.Contains(m) && !dayBefore.Measures.Contains(m)),
            RefusedWithQuota = limited.Refused,
            PoolsReadWithQuota = limited.PoolsRead,
        };
    }

    private static async Task<Reading> ReadAsync(int pools, DateTimeOffset at, bool quota, CancellationToken cancellationToken)
    {
        var time = new FakeTimeProvider(at);
        await using var simulator = await OndiloSimulatorHost.StartAsync(new SimulatorOptions { Pools = pools, QuotaEnabled = quota }, time, cancellationToken);
        var token = simulator.IssueToken();
        using var http = new HttpClient { BaseAddress = simulator.BaseUri };
        var refused = 0;
        async Task<JsonDocument?> CallAsync(HttpRequestMessage message)
        {
            using var request = message;
            using var response = await http.SendAsync(request, cancellationToken);
            time.Advance(CallSpacing);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                refused++;
                return null;
            }

            return await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
        }

        using var refresh = new FormUrlEncodedContent(new Dictionary<string, string> { ["grant_type"] = "refresh_token", ["refresh_token"] = token.RefreshToken, ["client_id"] = "customer_api" });
        using var tokenAnswer = await CallAsync(new HttpRequestMessage(HttpMethod.Post, "oauth2/token") { Content = refresh });
        var access = tokenAnswer?.RootElement.GetProperty("access_token").GetString() ?? token.AccessToken;
        HttpRequestMessage Get(string path) => new(HttpMethod.Get, "api/customer/v1/" + path) { Headers = { { "Authorization", "Bearer " + access } } };

        var measures = new HashSet<(long, string, DateTimeOffset)>();
        var poolsRead = 0;
        using var poolList = await CallAsync(Get("pools"));
        foreach (var pool in simulator.Account.Pools)
        {
            var allRead = poolList is not null;
            foreach (var type in simulator.Account.TypesOf(pool.Id))
            {
                using var window = await CallAsync(Get(string.Create(CultureInfo.InvariantCulture, $"pools/{pool.Id}/measures?type={type}&period=day")));
                if (window is null)
                {
                    allRead = false;
                    continue;
                }

                foreach (var measure in window.RootElement.EnumerateArray())
                {
                    measures.Add((pool.Id, type, OndiloTimestamp.Parse(measure.GetProperty("value_time").GetString()!)));
                }
            }

            poolsRead += allRead ? 1 : 0;
        }

        return new Reading(measures, simulator.RequestCount, refused, poolsRead);
    }

    private sealed record Reading(HashSet<(long PoolId, string Type, DateTimeOffset Time)> Measures, int Requests, int Refused, int PoolsRead);
}
