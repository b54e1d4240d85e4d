using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using Ondilo.Simulator;
using Xunit;

namespace OndiloFanout.Tests.TestDoubles;

/// <summary>
/// One lake made by <c>ondilo-fanout run --simulate --simulate-pools 2 --month --pool-thresholds</c> (seed 1), shared by
/// a test class, with the simulator's ground truth of the same seed to check answers against. The run starts at a
/// fixed 06:00 UTC: yesterday is complete (fetched over 2 hours after its end) and the oldest day of the API's
/// history holds 18 hours, a gap.
/// </summary>
public sealed class QuerySimulatedLakeFixture : IAsyncLifetime, IDisposable
{
    private readonly LocalTempFolder _folder = new();

    internal string Lake => _folder.Combine("lake");

    internal SimulatedAccount Account { get; } = new(seed: 1, poolCount: 2);

    /// <summary>When the run planned: its simulated clock starts a little before the real 06:00 it ran at.</summary>
    internal DateTimeOffset RunAt { get; private set; }

    internal JsonElement Summary { get; private set; }

    public async Task InitializeAsync()
    {
        var (exitCode, machineOut, consoleOut) = await QueryCliRunner.RunAsync(new FakeTimeProvider(new DateTimeOffset(2026, 3, 10, 6, 0, 0, TimeSpan.Zero)), "run", "--simulate", "--simulate-pools", "2", "--month", "--pool-thresholds", "--out", Lake, "--json");
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"run exited {exitCode}: {consoleOut}");
        }

        Summary = JsonDocument.Parse(machineOut).RootElement.Clone();
        RunAt = DateTimeOffset.ParseExact(Summary.GetProperty("runId").GetString()![..16], "yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _folder.Dispose();
}
